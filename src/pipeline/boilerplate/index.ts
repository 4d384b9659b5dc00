// Marks the parts of a page that are not the story, before anything else reads it.
// Ranges are offsets into the original text; nothing is removed, so evidence offsets
// stay exact and the reader can still show the furniture greyed out.
import type { Range } from '../../schema/bundle.ts';
import { bannerDateRanges } from './banner-date.ts';
import { inlineRanges } from './inline-rules.ts';
import { LINE_RULES, type LineRule } from './line-rules.ts';
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
  const isFurniture = arabic ? IS_FURNITURE_IN_ARABIC : IS_FURNITURE;
  const ranges: Range[] = [
    ...lines.filter((line) => isFurniture(line.text)),
    ...tailRanges(text, lines),
    ...teaserListRanges(text),
    ...inlineRanges(text),
    ...bannerDateRanges(lines, options.publishedAt),
  ].map(({ start, end }) => ({ start, end }));
  return mergeRanges(ranges);
}

/**
 * Whether any of `rules` matches a line. Rules with the same flags are tried as one
 * alternation, which answers the same and costs a fraction of trying each in turn
 * (exported for the tests).
 */
export function anyRule(rules: LineRule[]): (line: string) => boolean {
  const byFlags = new Map<string, string[]>();
  for (const { name, pattern } of rules.filter((rule) => !rule.needs)) {
    // Either would change what the pattern means once it is one branch of many.
    if (pattern.global || pattern.sticky || /\\[1-9]/.test(pattern.source)) throw new Error(`line rule "${name}" cannot be combined`);
    byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), `(?:${pattern.source})`]);
  }
  const combined = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  const guarded = rules.filter((rule): rule is LineRule & { needs: string } => Boolean(rule.needs));
  return (line) => combined.some((pattern) => pattern.test(line)) || guarded.some((rule) => line.includes(rule.needs) && rule.pattern.test(line));
}

const IS_FURNITURE = anyRule(LINE_RULES);
/** In an Arabic-script article, Arabic lines are the story. */
const IS_FURNITURE_IN_ARABIC = anyRule(LINE_RULES.filter((rule) => rule.name !== 'foreign-script label'));

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
  return [...new Set(LINE_RULES.filter((rule) => rule.pattern.test(line)).map((rule) => rule.name))];
}
