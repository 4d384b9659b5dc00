// Event status in words with a symbol, so it never depends on colour alone.
import type { EventStatus } from '../../schema/bundle.ts';

const STATUS = {
  held: { symbol: '●', label: 'Held', className: 'border-oi-blue text-slate-900' },
  planned: { symbol: '◷', label: 'Planned', className: 'border-oi-sky text-slate-900' },
  proposed: { symbol: '○', label: 'Proposed', className: 'border-oi-orange text-slate-900' },
  agreed: { symbol: '◆', label: 'Agreed', className: 'border-oi-green text-slate-900' },
  issued: { symbol: '▲', label: 'Issued', className: 'border-oi-vermillion text-slate-900' },
} as const satisfies Record<EventStatus, { symbol: string; label: string; className: string }>;

export function StatusBadge({ status }: { status: EventStatus }) {
  const { symbol, label, className } = STATUS[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded border-2 px-1.5 text-xs font-semibold ${className}`}>
      <span aria-hidden="true">{symbol}</span>
      {label}
    </span>
  );
}
