// Date ranges a reader most often wants: each round of talks, or everything.
export interface DatePreset {
  label: string;
  from: string | null;
  to: string | null;
}

export const DATE_PRESETS: readonly DatePreset[] = [
  { label: '2022 talks', from: '2022-02-24', to: '2022-12-31' },
  { label: '2025 talks', from: '2025-01-01', to: '2025-12-31' },
  { label: 'All dates', from: null, to: null },
];
