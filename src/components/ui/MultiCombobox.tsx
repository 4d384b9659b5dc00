// A multi-select combobox (WAI-ARIA combobox + listbox pattern): type to narrow the list,
// arrows to move, Enter to choose or unchoose, Escape to close, Backspace on an empty
// field to remove the last choice. Choices show as removable chips.
import { useId, useState, type KeyboardEvent } from 'react';
import { ChipList } from './ChipList.tsx';

export interface ComboOption {
  value: string;
  label: string;
  /** A second line such as a role; also searched. */
  hint?: string;
  /** Other words that should find this option (aliases). */
  keywords?: readonly string[];
}

// Letters that carry no combining mark to strip: a reader types them without their stroke or dot.
const PLAIN_LETTERS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss' };

/** Lower case without accents, so "Erdoğan", "Erdogan" and "ERDOGAN" all find one another. */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłøđðþæœß]/g, (letter) => PLAIN_LETTERS[letter] ?? letter);
}

/**
 * How well an option answers the query, lower is better, or null for no match: a name (or
 * alias) a word of which starts with the query, then a name containing it, then a hint
 * (a role such as "Deputy …") containing it.
 */
export function matchRank(option: ComboOption, query: string): number | null {
  const needle = foldText(query.trim());
  if (needle === '') return 0;
  const names = [option.label, ...(option.keywords ?? [])].map(foldText);
  if (names.some((name) => name.split(/[\s\-‐'’.]+/).some((word) => word.startsWith(needle)) || name.startsWith(needle))) return 0;
  if (names.some((name) => name.includes(needle))) return 1;
  if (option.hint && foldText(option.hint).includes(needle)) return 2;
  return null;
}

/** The options that match, best first; options of equal rank keep their given order. */
export function rankOptions(options: readonly ComboOption[], query: string): ComboOption[] {
  return options
    .map((option, order) => ({ option, order, rank: matchRank(option, query) }))
    .filter((entry): entry is { option: ComboOption; order: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((entry) => entry.option);
}

export function MultiCombobox({
  label,
  options,
  selected,
  onChange,
  placeholder,
  chipNote,
}: {
  label: string;
  options: readonly ComboOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  /** Extra words on a chip, e.g. "+ 3 people". */
  chipNote?: (value: string) => string | null;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Options exist in the DOM only while the list is open: an actor list of 50 would
  // otherwise add some 250 hidden nodes to every view's first render.
  const shown = open ? rankOptions(options, query) : [];
  const activeOption = open ? shown[Math.min(active, shown.length - 1)] : undefined;
  const optionId = (value: string) => `${id}-option-${value}`;
  const byValue = new Map(options.map((option) => [option.value, option]));

  const toggle = (value: string) => {
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
        } else setActive((at) => Math.min(at + 1, shown.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((at) => Math.max(at - 1, 0));
        break;
      case 'Enter':
        if (activeOption) {
          event.preventDefault();
          toggle(activeOption.value);
        }
        break;
      case 'Escape':
        if (open) setOpen(false);
        else setQuery('');
        break;
      case 'Tab':
        // Let focus move on to the next control; the list closes with the blur.
        setOpen(false);
        break;
      case 'Backspace':
        if (query === '' && selected.length > 0) onChange(selected.slice(0, -1));
        break;
    }
  };

  return (
    <div className="relative min-w-0 flex-1 basis-64">
      <label htmlFor={`${id}-input`} className="block text-xs font-semibold uppercase tracking-wide text-slate-600">
        {label}
      </label>
      <div className="mt-1 flex min-h-9 flex-wrap items-center gap-1 rounded border border-slate-300 bg-white px-1 py-1 focus-within:outline-2 focus-within:outline-oi-blue">
        <ChipList
          label={`Chosen: ${label}`}
          chips={selected.map((value) => ({ value, label: byValue.get(value)?.label ?? value, note: chipNote?.(value) ?? null }))}
          onRemove={(value) => onChange(selected.filter((v) => v !== value))}
        />
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? optionId(activeOption.value) : undefined}
          autoComplete="off"
          value={query}
          placeholder={selected.length === 0 ? placeholder : undefined}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          className="min-w-24 flex-1 border-0 bg-transparent px-1 py-0.5 text-sm outline-none"
        />
      </div>
      <ul
        id={`${id}-listbox`}
        role="listbox"
        aria-label={label}
        aria-multiselectable="true"
        // A list that scrolls is a Tab stop of its own in Chromium; Tab from the field would land
        // on it just as the blur hides it, leaving focus on the page body.
        tabIndex={-1}
        hidden={shown.length === 0}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded border border-slate-300 bg-white py-1 shadow-lg"
      >
        {shown.map((option) => {
          const isSelected = selected.includes(option.value);
          return (
            <li
              key={option.value}
              id={optionId(option.value)}
              role="option"
              aria-selected={isSelected}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => toggle(option.value)}
              className={`flex cursor-pointer items-baseline gap-2 px-3 py-1.5 text-sm ${
                option === activeOption ? 'bg-sky-100 outline outline-1 outline-oi-blue' : 'hover:bg-slate-50'
              }`}
            >
              <span aria-hidden="true" className="w-4 text-oi-blue">{isSelected ? '✓' : ''}</span>
              <span>{option.label}</span>
              {option.hint && <span className="text-xs text-slate-600">{option.hint}</span>}
            </li>
          );
        })}
      </ul>
      {open && shown.length === 0 && (
        <p role="status" className="absolute z-20 mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm text-slate-600 shadow-lg">
          No matches for “{query}”
        </p>
      )}
    </div>
  );
}
