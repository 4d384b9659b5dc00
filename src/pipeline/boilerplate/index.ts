// Marks the parts of a page that are not the story, before anything else reads it.
// Ranges are offsets into the original text; nothing is removed, so evidence offsets
// stay exact and the reader can still show the furniture greyed out.
import type { Range } from '../../schema/bundle.ts';
import { bannerDateRanges } from './banner-date.ts';
import { inlineRanges } from './inline-rules.ts';
import { LINE_RULES } from './line-rules.ts';
import { linesOf } from './lines.ts';
import { tailRanges } from './tail-markers.ts';
import { teaserListRanges } from './teaser-list.ts';

export interface BoilerplateOptions {
  /** YYYY-MM-DD; a banner date equal to it is left alone. */
  publishedAt?: string;
  /** The article's language; in an Arabic-script article, Arabic lines are the story. */
  language?: string;
}

const ARABIC_SCRIPT_LANGUAGES = new Set(['ar', 'fa', 'ur', 'ps', 'ku']);

export function findBoilerplate(text: string, options: BoilerplateOptions = {}): Range[] {
  const lines = linesOf(text);
  const arabic = ARABIC_SCRIPT_LANGUAGES.has((options.language ?? '').slice(0, 2));
  const rules = LINE_RULES.filter((rule) => !(arabic && rule.name === 'foreign-script label'));
  const ranges: Range[] = [
    ...lines.filter((line) => rules.some((rule) => rule.pattern.test(line.text))),
    ...tailRanges(text, lines),
    ...teaserListRanges(text),
    ...inlineRanges(text),
    ...bannerDateRanges(lines, options.publishedAt),
  ].map(({ start, end }) => ({ start, end }));
  return mergeRanges(ranges);
}

/** Sorted, non-overlapping ranges; touching ones are joined. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The rule names that fire on a line, for tests and debugging. */
export function ruleNamesFor(line: string): string[] {
  return LINE_RULES.filter((rule) => rule.pattern.test(line)).map((rule) => rule.name);
}
