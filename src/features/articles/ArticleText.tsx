// The article's own text, rendered as text: React spans cut by offset, extracted spans as
// <mark>, boilerplate set apart. Nothing here is ever parsed as HTML.
import { useMemo, type ReactNode, type Ref } from 'react';
import { groupBlocks, segmentText, splitBoilerplate, trimAroundBoilerplate, type Highlight, type Segment } from './article-segments.ts';
import { KIND_LABELS, type ArticleItem, type ItemKind } from './article-items.ts';

interface ArticleTextProps {
  text: string;
  boilerplate: readonly { start: number; end: number }[];
  items: readonly ArticleItem[];
  focusId: string | null;
  /** The whole sentence around the focused evidence, set off lightly around the exact words. */
  focusSentence: { start: number; end: number } | null;
  focusRef: Ref<HTMLElement>;
}

/** Pseudo item ids: the focused sentence, and boilerplate inside a line (citation marks). */
const SENTENCE = 'focus-sentence';
const INLINE_BOILERPLATE = 'inline-boilerplate';

const UNDERLINE = 'underline decoration-dotted decoration-2 underline-offset-2';
const MARK_CLASS: Record<ItemKind, string> = {
  event: 'bg-sky-100',
  position: 'bg-amber-100',
  claim: 'bg-rose-100',
  quote: 'bg-emerald-100',
  mention: `bg-transparent ${UNDERLINE}`,
};
const FOCUSED_CLASS = 'bg-yellow-200 outline-2 outline-offset-1 outline-yellow-700 rounded-sm';
const SENTENCE_CLASS = 'bg-yellow-50 underline decoration-yellow-600 decoration-1 underline-offset-4';
const INLINE_BOILERPLATE_CLASS = 'text-xs text-gray-500';

/** Says in words what each highlight style means. */
export function HighlightKey() {
  return (
    <div className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-gray-700">
      <span>Highlights:</span>
      {(Object.keys(MARK_CLASS) as ItemKind[]).map((kind) => (
        <span key={kind}>
          <span className={`${MARK_CLASS[kind]} px-1`}>{KIND_LABELS[kind]}</span>
        </span>
      ))}
      <span>
        <span className={`${FOCUSED_CLASS} px-1`}>Selected</span>
      </span>
      <span>
        <span className="text-gray-500">[1]</span> citation mark (not analysed)
      </span>
    </div>
  );
}

/** Consecutive segments for which `test` holds, and the single ones between them. */
function runs(segments: readonly Segment[], test: (segment: Segment) => boolean): { inRun: boolean; segments: Segment[] }[] {
  const out: { inRun: boolean; segments: Segment[] }[] = [];
  for (const segment of segments) {
    const inRun = test(segment);
    const last = out.at(-1);
    if (last && last.inRun && inRun) last.segments.push(segment);
    else out.push({ inRun, segments: [segment] });
  }
  return out;
}

export function ArticleText({ text, boilerplate, items, focusId, focusSentence, focusRef }: ArticleTextProps) {
  const blocks = useMemo(() => {
    const { lines, inline } = splitBoilerplate(text, boilerplate);
    const highlights: Highlight[] = items.flatMap((item) => item.spans.map((span) => ({ ...span, itemId: item.id })));
    if (focusSentence) highlights.push({ ...focusSentence, itemId: SENTENCE });
    highlights.push(...inline.map((range) => ({ ...range, itemId: INLINE_BOILERPLATE })));
    return trimAroundBoilerplate(groupBlocks(segmentText(text, lines, highlights)));
  }, [text, boilerplate, items, focusSentence]);
  const itemById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const isFocused = (segment: Segment) => focusId !== null && segment.itemIds.includes(focusId);
  const firstFocused = focusId ? blocks.flatMap((b) => b.segments).find(isFocused) : undefined;

  /** One piece of text; inside the selected span it keeps only its mention underline. */
  const renderSegment = (segment: Segment, inFocus: boolean) => {
    if (segment.itemIds.includes(INLINE_BOILERPLATE)) {
      return (
        <span key={segment.start} data-boilerplate="inline" title="Citation mark or sign-off (not analysed)" className={INLINE_BOILERPLATE_CLASS}>
          {segment.text}
        </span>
      );
    }
    const covering = segment.itemIds.flatMap((id) => itemById.get(id) ?? []);
    if (covering.length === 0) return <span key={segment.start}>{segment.text}</span>;
    const main = covering.find((item) => item.kind !== 'mention') ?? covering[0]!;
    const underline = covering.some((item) => item.kind === 'mention') ? UNDERLINE : '';
    return (
      <mark
        key={segment.start}
        data-items={covering.map((item) => item.id).join(' ')}
        title={covering.map((item) => `${KIND_LABELS[item.kind]}: ${item.label}`).join('\n')}
        className={`text-inherit ${inFocus ? 'bg-transparent' : MARK_CLASS[main.kind]} ${underline}`}
      >
        {segment.text}
      </mark>
    );
  };

  /** The selected item's words as one mark, however many mentions cut them. */
  const renderFocusRun = (segments: Segment[]) => {
    const isTarget = segments[0] === firstFocused;
    return (
      <mark
        key={`f${segments[0]!.start}`}
        data-focused="true"
        className={`text-inherit ${FOCUSED_CLASS}`}
        ref={isTarget ? focusRef : undefined}
        tabIndex={isTarget ? -1 : undefined}
        id={isTarget ? 'focused-evidence' : undefined}
      >
        {segments.map((segment) => renderSegment(segment, true))}
      </mark>
    );
  };

  const renderFlow = (segments: Segment[]): ReactNode[] =>
    runs(segments, isFocused).flatMap((run) => (run.inRun ? [renderFocusRun(run.segments)] : run.segments.map((s) => renderSegment(s, false))));

  return (
    <div className="whitespace-pre-wrap break-words leading-relaxed">
      {blocks.map((block) =>
        block.boilerplate ? (
          <div
            role="note"
            key={`b${block.segments[0]?.start ?? 'empty'}`}
            aria-label="Site boilerplate (not analysed)"
            className="my-2 block border-l-4 border-gray-300 bg-gray-50 px-2 py-1 text-sm text-gray-600"
          >
            <span className="block text-xs font-semibold uppercase tracking-wide text-gray-700">
              Site boilerplate (not analysed)
            </span>
            {block.segments.map((segment) => (
              <span key={segment.start}>{segment.text}</span>
            ))}
          </div>
        ) : (
          <span key={`t${block.segments[0]?.start ?? 'empty'}`}>
            {runs(block.segments, (segment) => segment.itemIds.includes(SENTENCE)).map((run) =>
              run.inRun ? (
                <span key={`s${run.segments[0]!.start}`} data-focus-sentence="true" className={SENTENCE_CLASS}>
                  {renderFlow(run.segments)}
                </span>
              ) : (
                renderFlow(run.segments)
              ),
            )}
          </span>
        ),
      )}
    </div>
  );
}
