// One date bound. A native date field reports what is typed one keystroke at a time, and in
// Chromium the year passes through 0002, 0020 and 0202 on its way to 2025; a field left half
// filled reports '' with `validity.badInput` set. So the field keeps its own draft, and the
// filter changes only on a whole date (a four-digit year) or on a field really emptied. Were
// the field bound to the filter alone, React would put the old value back after each keystroke
// the filter refused, and Chromium would lose the typing (the field emptied, or the filter
// cleared mid-year).
import { useState } from 'react';
import { isRealDate } from '../../lib/url-state.ts';

const inputClass =
  'mt-1 block rounded border border-slate-300 px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-oi-blue';

/** A date the filter can take: it exists, and its year has all four digits typed. */
export function isWholeDate(value: string): boolean {
  return isRealDate(value) && Number(value.slice(0, 4)) >= 1000;
}

export function DateField({
  id,
  label,
  value,
  onValue,
}: {
  id: string;
  label: string;
  value: string | null;
  onValue: (value: string | null) => void;
}) {
  const [draft, setDraft] = useState(value ?? '');
  // A change from elsewhere (a preset, Clear filters, Back) replaces the draft.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
  }

  const onChange = (input: HTMLInputElement) => {
    const typed = input.value;
    setDraft(typed);
    if (typed === '' && !input.validity.badInput) onValue(null);
    else if (isWholeDate(typed) && typed !== value) onValue(typed);
  };

  return (
    <label htmlFor={id} className="text-sm">
      {label}
      <input
        id={id}
        type="date"
        className={inputClass}
        value={draft}
        onChange={(event) => onChange(event.currentTarget)}
        // Leaving a field that holds no whole date shows the date the filter uses.
        onBlur={() => {
          if (draft !== (value ?? '') && !isWholeDate(draft)) setDraft(value ?? '');
        }}
      />
    </label>
  );
}
