// In a chart whose bars run down the page, the charting library moves to the next bar on
// ArrowLeft (it reads top-to-bottom as a reversed axis). Re-sends keys so ArrowDown and
// ArrowRight go to the next bar, ArrowUp and ArrowLeft to the previous one.
import type { KeyboardEvent } from 'react';

const REMAP: Record<string, string> = {
  ArrowDown: 'ArrowLeft',
  ArrowRight: 'ArrowLeft',
  ArrowUp: 'ArrowRight',
  ArrowLeft: 'ArrowRight',
};

const resent = new WeakSet<Event>();

export function remapBarKeys(event: KeyboardEvent<HTMLElement>): void {
  const mapped = REMAP[event.key];
  if (!mapped || resent.has(event.nativeEvent)) return;
  event.preventDefault();
  event.stopPropagation();
  const replacement = new KeyboardEvent('keydown', { key: mapped, bubbles: true, cancelable: true });
  resent.add(replacement);
  event.target.dispatchEvent(replacement);
}
