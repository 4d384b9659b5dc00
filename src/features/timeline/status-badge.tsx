// Event status in words with a symbol, so it never depends on colour alone.
import { STATUS_TEXT, type ShownStatus } from './status.ts';

export function StatusBadge({ status, title }: { status: ShownStatus; title?: string }) {
  const { symbol, label, className } = STATUS_TEXT[status];
  return (
    <span title={title} className={`inline-flex items-center gap-1 rounded border-2 px-1.5 text-xs font-semibold text-slate-900 ${className}`}>
      <span aria-hidden="true">{symbol}</span>
      {label}
    </span>
  );
}
