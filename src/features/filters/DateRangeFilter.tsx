import { useId } from 'react';
import { Button } from '../../components/ui/Button.tsx';
import { isRealDate } from '../../lib/url-state.ts';
import type { ViewState } from '../../lib/view-state.ts';
import { DATE_PRESETS } from './presets.ts';

const inputClass =
  'mt-1 block rounded border border-slate-300 px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-oi-blue';

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
  // A half-typed date is not a date: keep the last good bound until the field is complete.
  const onDate = (bound: 'from' | 'to', value: string) => {
    if (value === '') setView({ [bound]: null });
    else if (isRealDate(value)) setView({ [bound]: value });
  };
  const reversed = from !== null && to !== null && to < from;

  return (
    <fieldset className="min-w-0">
      <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600">Dates</legend>
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor={`${id}-from`} className="text-sm">
          From
          <input id={`${id}-from`} type="date" className={inputClass} value={from ?? ''} onChange={(e) => onDate('from', e.target.value)} />
        </label>
        <label htmlFor={`${id}-to`} className="text-sm">
          To
          <input id={`${id}-to`} type="date" className={inputClass} value={to ?? ''} onChange={(e) => onDate('to', e.target.value)} />
        </label>
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
