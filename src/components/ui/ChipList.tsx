// Chosen values as removable chips; each remove button names what it removes.
export interface Chip {
  value: string;
  label: string;
  /** Extra words after the label, e.g. "+ 3 speaking for it". */
  note: string | null;
}

export function ChipList({ label, chips, onRemove }: { label: string; chips: readonly Chip[]; onRemove: (value: string) => void }) {
  return (
    <ul className="contents" aria-label={label}>
      {chips.map((chip) => (
        <li key={chip.value} className="inline-flex items-center gap-1 rounded bg-slate-100 py-0.5 pl-2 pr-0.5 text-sm">
          <span>{chip.label}</span>
          {chip.note && <span className="text-xs text-slate-600">{chip.note}</span>}
          <button
            type="button"
            aria-label={`Remove ${chip.label}`}
            onClick={() => onRemove(chip.value)}
            className="rounded px-1 text-slate-600 hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-oi-blue"
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
