// "Compare 2022 with 2025": the first and the latest year with statements, so the moves
// between the early rounds and the latest ones show at one click.
import type { Position } from '../../schema/bundle.ts';

export function roundsPreset(positions: readonly Position[]): { from: string; to: string; label: string } | null {
  let first = '';
  let last = '';
  for (const { date } of positions) {
    if (first === '' || date < first) first = date;
    if (date > last) last = date;
  }
  const [a, b] = [first.slice(0, 4), last.slice(0, 4)];
  if (!a || !b || a === b) return null;
  return { from: `${a}-01-01`, to: `${b}-12-31`, label: `Compare ${a} with ${b}` };
}
