// A labelled group of checkboxes that wraps on narrow screens.
export interface CheckboxOption {
  value: string;
  label: string;
}

export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="text-xs font-semibold uppercase tracking-wide text-slate-600">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
        {options.map((option) => {
          const checked = selected.includes(option.value);
          return (
            <label key={option.value} className="inline-flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={checked}
                onChange={() =>
                  onChange(checked ? selected.filter((v) => v !== option.value) : [...selected, option.value])
                }
                className="size-4 accent-oi-blue focus-visible:outline-2 focus-visible:outline-oi-blue"
              />
              {option.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
