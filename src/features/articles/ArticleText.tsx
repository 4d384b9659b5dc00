// The article's own text, rendered as text: React spans cut by offset, extracted spans as
// <mark>, boilerplate set apart. Nothing here is ever parsed as HTML.
import { useMemo, type Ref } from 'react';
import { groupBlocks, segmentText, trimAroundBoilerplate, type Highlight, type Segment } from './article-segments.ts';
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

const SENTENCE = 'focus-sentence';

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
    </div>
  );
}

export function ArticleText({ text, boilerplate, items, focusId, focusSentence, focusRef }: ArticleTextProps) {
  const blocks = useMemo(() => {
    const highlights: Highlight[] = items.flatMap((item) => item.spans.map((span) => ({ ...span, itemId: item.id })));
    if (focusSentence) highlights.push({ ...focusSentence, itemId: SENTENCE });
    return trimAroundBoilerplate(groupBlocks(segmentText(text, boilerplate, highlights)));
  }, [text, boilerplate, items, focusSentence]);
  const itemById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const firstFocused = focusId ? blocks.flatMap((b) => b.segments).find((s) => s.itemIds.includes(focusId)) : undefined;

  const renderSegment = (segment: Segment) => {
    const inSentence = segment.itemIds.includes(SENTENCE);
    const covering = segment.itemIds.flatMap((id) => itemById.get(id) ?? []);
    if (covering.length === 0) {
      return inSentence ? (
        <span key={segment.start} data-focus-sentence="true" className={SENTENCE_CLASS}>
          {segment.text}
        </span>
      ) : (
        <span key={segment.start}>{segment.text}</span>
      );
    }
    const main = covering.find((item) => item.kind !== 'mention') ?? covering[0]!;
    const focused = focusId !== null && segment.itemIds.includes(focusId);
    const isTarget = segment === firstFocused;
    return (
      <mark
        key={segment.start}
        data-items={covering.map((item) => item.id).join(' ')}
        data-focused={focused ? 'true' : undefined}
        title={covering.map((item) => `${KIND_LABELS[item.kind]}: ${item.label}`).join('\n')}
        className={`text-inherit ${focused ? FOCUSED_CLASS : MARK_CLASS[main.kind]} ${
          covering.some((item) => item.kind === 'mention') ? UNDERLINE : ''
        }`}
        ref={isTarget ? focusRef : undefined}
        tabIndex={isTarget ? -1 : undefined}
        id={isTarget ? 'focused-evidence' : undefined}
      >
        {segment.text}
      </mark>
    );
  };

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
          <span key={`t${block.segments[0]?.start ?? 'empty'}`}>{block.segments.map(renderSegment)}</span>
        ),
      )}
    </div>
  );
}
