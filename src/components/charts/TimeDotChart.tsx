// Figures over time: one dot per row on a date axis, dots of the same series joined by a
// line. A hatched dot stands for a figure nobody has independently checked.
import { useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ActivePointProbe } from './ActivePointProbe.tsx';
import { ChartTooltip } from './ChartTooltip.tsx';
import { HatchPatterns, hatchPatternId, patternPrefix } from './HatchPatterns.tsx';
import { TIME_CHART_HEIGHT } from './chart-sizes.ts';
import { colorHex, type ChartColorName } from './palette.ts';
import { useContainerWidth } from './use-container-width.ts';

type Row = object;
type KeyOfType<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T] & string;

export interface TimeDotChartProps<T extends Row> {
  data: T[];
  /** Field holding the row's date as YYYY-MM-DD. */
  index: KeyOfType<T, string>;
  categories: [KeyOfType<T, number>];
  /** Field holding the sentence read in the tooltip. */
  labelKey: KeyOfType<T, string>;
  /** Rows of one series are joined by a line. */
  seriesOf: (row: T) => string;
  colorOf: (row: T) => ChartColorName;
  isHatched: (row: T) => boolean;
  valueFormatter?: (value: number) => string;
  ariaLabel: string;
  title?: string;
  onSelect?: (row: T) => void;
}

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatDayTick(time: number): string {
  const date = new Date(time);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function TimeDotChart<T extends Row>(props: TimeDotChartProps<T>) {
  const { data, index, categories, seriesOf, colorOf, isHatched, valueFormatter = String } = props;
  const [wrapperRef, width] = useContainerWidth<HTMLDivElement>();
  const activeRow = useRef<T | null>(null);
  const prefix = patternPrefix(useId());

  const series = useMemo(() => {
    const bySeries = new Map<string, (T & { __time: number })[]>();
    for (const row of data) {
      const points = bySeries.get(seriesOf(row)) ?? [];
      points.push({ ...row, __time: Date.parse(`${row[index] as string}T00:00:00Z`) });
      bySeries.set(seriesOf(row), points);
    }
    return [...bySeries].map(([name, points]) => ({
      name,
      points: points.sort((a, b) => a.__time - b.__time),
    }));
  }, [data, index, seriesOf]);

  const times = series.flatMap((s) => s.points.map((p) => p.__time));
  const domain = [Math.min(...times) - DAY_MS, Math.max(...times) + DAY_MS];

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !props.onSelect) return;
    const row = activeRow.current ?? data[0];
    if (row) props.onSelect(row);
  };

  const drawDot = (shape: { cx?: number; cy?: number; payload?: T }) => {
    const row = shape.payload!;
    const color = colorOf(row);
    const fill = isHatched(row) ? `url(#${hatchPatternId(prefix, color)})` : colorHex(color);
    return (
      <circle
        cx={shape.cx}
        cy={shape.cy}
        r={7}
        fill={fill}
        stroke={colorHex(color)}
        strokeWidth={2}
        data-point-date={String(row[index])}
        data-hatched={isHatched(row) ? 'true' : 'false'}
      />
    );
  };

  return (
    <div ref={wrapperRef} onKeyDown={onKeyDown} className="w-full [&_svg:focus-visible]:outline-2 [&_svg:focus-visible]:outline-offset-2 [&_svg:focus-visible]:outline-blue-700">
      {width !== null && (
        <ScatterChart
          width={width}
          height={TIME_CHART_HEIGHT}
          margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
          role="img"
          aria-label={props.ariaLabel}
          title={props.title}
          accessibilityLayer
        >
          <HatchPatterns prefix={prefix} />
          <XAxis type="number" dataKey="__time" domain={domain} tickFormatter={formatDayTick} fontSize={12} />
          <YAxis type="number" dataKey={categories[0]} tickFormatter={valueFormatter} fontSize={12} width={72} />
          <Tooltip content={<ChartTooltip labelKey={props.labelKey} />} />
          {series.map((s) => (
            <Scatter
              key={s.name}
              name={s.name}
              data={s.points}
              line={{ stroke: colorHex(colorOf(s.points[0]!)), strokeDasharray: '4 3' }}
              shape={drawDot}
              isAnimationActive={false}
              onClick={(entry) => props.onSelect?.(entry.payload as T)}
            />
          ))}
          <ActivePointProbe activeRef={activeRow} />
        </ScatterChart>
      )}
    </div>
  );
}
