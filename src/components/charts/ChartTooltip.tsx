// Tooltip showing a row's own label sentence, which already names who says what and when.
import type { TooltipContentProps } from 'recharts';

interface ChartTooltipProps extends Partial<TooltipContentProps<number, string>> {
  labelKey: string;
}

export function ChartTooltip({ active, payload, labelKey }: ChartTooltipProps) {
  const row = payload?.[0]?.payload as Record<string, unknown> | undefined;
  if (!active || !row) return null;
  return (
    <div className="max-w-xs rounded border border-gray-300 bg-white p-2 text-sm text-gray-900 shadow">
      {String(row[labelKey] ?? '')}
    </div>
  );
}
