// One colour map for every chart: the Okabe–Ito palette, distinguishable with the common
// forms of colour blindness. Yellow is left out: it is unreadable as a thin mark on white.
// Colour is never the only cue: charts also draw a pattern and a text label.
import { compareNames } from '../../lib/compare-text.ts';

export const CHART_COLORS = {
  blue: { hex: '#0072B2', swatch: 'bg-[#0072B2]' },
  vermillion: { hex: '#D55E00', swatch: 'bg-[#D55E00]' },
  green: { hex: '#009E73', swatch: 'bg-[#009E73]' },
  purple: { hex: '#CC79A7', swatch: 'bg-[#CC79A7]' },
  orange: { hex: '#E69F00', swatch: 'bg-[#E69F00]' },
  sky: { hex: '#56B4E9', swatch: 'bg-[#56B4E9]' },
  black: { hex: '#000000', swatch: 'bg-[#000000]' },
} as const;

export type ChartColorName = keyof typeof CHART_COLORS;

const COLOR_ORDER = Object.keys(CHART_COLORS) as ChartColorName[];

/**
 * Gives each key a colour by its place in the sorted list of all keys, so a key keeps its
 * colour however the caller orders them. Pass every key that can appear (not only the
 * filtered ones) and colours stay put while filters change.
 */
export function assignColors(keys: Iterable<string>): Map<string, ChartColorName> {
  const sorted = [...new Set(keys)].sort(compareNames);
  return new Map(sorted.map((key, i) => [key, COLOR_ORDER[i % COLOR_ORDER.length]!]));
}

export function colorHex(name: ChartColorName | undefined): string {
  return CHART_COLORS[name ?? 'blue'].hex;
}
