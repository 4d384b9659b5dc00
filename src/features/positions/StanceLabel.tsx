// A stance in words with a symbol; colour only repeats what the symbol and words say.
import type { Stance } from '../../schema/bundle.ts';

export const STANCE = {
  for: { symbol: '✓', label: 'For', className: 'text-oi-green' },
  against: { symbol: '✗', label: 'Against', className: 'text-oi-vermillion' },
  conditional: { symbol: '◐', label: 'Conditional', className: 'text-oi-orange' },
} as const satisfies Record<Stance, { symbol: string; label: string; className: string }>;

export function StanceLabel({ stance }: { stance: Stance }) {
  const { symbol, label, className } = STANCE[stance];
  return (
    <span className="inline-flex items-center gap-1 font-semibold">
      <span aria-hidden="true" className={`text-lg leading-none ${className}`}>
        {symbol}
      </span>
      {label}
    </span>
  );
}
