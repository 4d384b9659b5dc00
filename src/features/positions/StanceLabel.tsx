// A stance in words with a symbol; colour only repeats what the symbol and words say.
import { formatDate } from '../../lib/labels.ts';
import type { Stance } from '../../schema/bundle.ts';

export const STANCE = {
  for: { symbol: '✓', label: 'For', className: 'text-oi-green', cell: 'bg-emerald-50', hex: '#009E73' },
  against: { symbol: '✗', label: 'Against', className: 'text-oi-vermillion', cell: 'bg-orange-50', hex: '#D55E00' },
  conditional: { symbol: '◐', label: 'Conditional', className: 'text-oi-orange', cell: 'bg-amber-50', hex: '#B77A00' },
} as const satisfies Record<Stance, { symbol: string; label: string; className: string; cell: string; hex: string }>;

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

/** "Jun 2025": a move's month. */
export const monthOf = (isoDate: string) => formatDate(isoDate).replace(/^\d+ /, '');
