// Cuts an article's text into pieces at every boundary of a highlight or boilerplate range,
// so the reader can render plain text spans and <mark>s by offset — never as HTML.
import type { Range } from '../../schema/bundle.ts';

export interface Highlight {
  start: number;
  end: number;
  /** Panel item this span belongs to. */
  itemId: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  boilerplate: boolean;
  /** Items whose evidence covers this piece, in the order given. */
  itemIds: string[];
}

function clamp(value: number, length: number): number {
  return Math.min(Math.max(value, 0), length);
}

export function segmentText(text: string, boilerplate: readonly Range[], highlights: readonly Highlight[]): Segment[] {
  const length = text.length;
  const cuts = new Set<number>([0, length]);
  for (const range of [...boilerplate, ...highlights]) {
    cuts.add(clamp(range.start, length));
    cuts.add(clamp(range.end, length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      boilerplate: boilerplate.some((range) => range.start <= start && end <= range.end),
      itemIds: highlights.filter((h) => h.start <= start && end <= h.end).map((h) => h.itemId),
    });
  }
  return segments;
}

export interface Block {
  boilerplate: boolean;
  segments: Segment[];
}

/** Runs of segments that are all boilerplate or all article, so boilerplate can be set apart. */
export function groupBlocks(segments: readonly Segment[]): Block[] {
  const blocks: Block[] = [];
  for (const segment of segments) {
    const last = blocks.at(-1);
    if (last && last.boilerplate === segment.boilerplate) last.segments.push(segment);
    else blocks.push({ boilerplate: segment.boilerplate, segments: [segment] });
  }
  return blocks;
}

/**
 * Boilerplate is drawn as its own box, so the line breaks around it would leave empty lines
 * above and below the box. Drops those breaks from the display (offsets are untouched).
 */
export function trimAroundBoilerplate(blocks: readonly Block[]): Block[] {
  return blocks.map((block, i) => {
    if (block.boilerplate) {
      return { ...block, segments: block.segments.map((s) => ({ ...s, text: s.text.trim() })).filter((s) => s.text) };
    }
    const segments = [...block.segments];
    const first = segments[0];
    if (i > 0 && first && first.itemIds.length === 0) segments[0] = { ...first, text: first.text.replace(/^\s*\n/, '') };
    const lastIndex = segments.length - 1;
    const last = segments[lastIndex];
    if (i < blocks.length - 1 && last && last.itemIds.length === 0) {
      segments[lastIndex] = { ...last, text: last.text.replace(/\n\s*$/, '') };
    }
    return { ...block, segments: segments.filter((s) => s.text) };
  });
}

/**
 * Boilerplate inside a line of reporting (citation marks such as "[2][3]", an agency sign-off
 * after the last sentence) reads as part of the line: it is shown in the flow, muted. Only
 * boilerplate that has whole lines to itself (banners, "Read more" lines) is set apart as a box.
 */
export function splitBoilerplate(text: string, ranges: readonly Range[]): { lines: Range[]; inline: Range[] } {
  const lines: Range[] = [];
  const inline: Range[] = [];
  for (const range of ranges) {
    const lineStart = text.lastIndexOf('\n', range.start - 1) + 1;
    // A range that takes its own line break with it ends its line.
    const nextBreak = text[range.end - 1] === '\n' ? range.end : text.indexOf('\n', range.end);
    const lineEnd = nextBreak === -1 ? text.length : nextBreak;
    const sharesLine = /\S/.test(text.slice(lineStart, range.start)) || /\S/.test(text.slice(range.end, lineEnd));
    (sharesLine ? inline : lines).push(range);
  }
  return { lines, inline };
}
