// Furniture inside a line of reporting: citation markers an aggregator adds ("[2][3]")
// and agency sign-offs after the last sentence ("… Zelenskiy said. –BLOOMBERG").
import type { Range } from '../../schema/bundle.ts';

const CITATION_MARKERS = /(?:\[\d{1,3}\])+/g;
// The dash comes first and the look back (at the stop before it) second: a RegExp that opens
// with a lookbehind runs it at every character, one that opens with a dash jumps from dash to dash.
const SIGN_OFF = /[-–—](?<=[.!?"”’]\s{0,3}[-–—])[-–—]?\s?[A-Z][A-Z&]{1,20}(?: [A-Z&]{2,20}){0,2}(?=\s*(?:\r?\n|$))/g;

export function inlineRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const pattern of [CITATION_MARKERS, SIGN_OFF]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      ranges.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return ranges;
}
