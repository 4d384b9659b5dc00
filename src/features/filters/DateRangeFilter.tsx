import { useId } from 'react';
import { Button } from '../../components/ui/Button.tsx';
import type { ViewState } from '../../lib/view-state.ts';
import { DateField } from './DateField.tsx';
import { DATE_PRESETS } from './presets.ts';

export function DateRangeFilter({
  from,
  to,
  setView,
}: {
  from: string | null;
  to: string | null;
  setView: (patch: Partial<ViewState>) => void;
}) {
  const id = useId();
  const reversed = from !== null && to !== null && to < from;

  return (
    <fieldset className="min-w-0">
      <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600">Dates</legend>
      <div className="flex flex-wrap items-end gap-2">
        <DateField id={`${id}-from`} label="From" value={from} onValue={(value) => setView({ from: value })} />
        <DateField id={`${id}-to`} label="To" value={to} onValue={(value) => setView({ to: value })} />
        <div className="flex flex-wrap gap-1" role="group" aria-label="Date presets">
          {DATE_PRESETS.map((preset) => (
            <Button
              key={preset.label}
              size="sm"
              aria-pressed={preset.from === from && preset.to === to}
              className="aria-pressed:border-oi-blue aria-pressed:bg-sky-50"
              onClick={() => setView({ from: preset.from, to: preset.to })}
            >
              {preset.label}
            </Button>
          ))}
        </div>
      </div>
      {reversed && (
        <p className="mt-1 text-sm text-oi-vermillion" role="alert">
          The end date is before the start date, so nothing can match.
        </p>
      )}
    </fieldset>
  );
}
