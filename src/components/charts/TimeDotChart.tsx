// Figures over time: one dot per row on a date axis, dots of the same series joined by a
// line. A hatched dot stands for a figure nobody has independently checked. Keyboard:
// focus the chart, step through the dots in date order with the arrow keys (the caption
// under the chart reads the current one), Enter opens it.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltip } from './ChartTooltip.tsx';
import { TIME_CHART_HEIGHT } from './chart-sizes.ts';
import { HatchPatterns, hatchPatternId, patternPrefix } from './HatchPatterns.tsx';
import { formatDate } from '../../lib/labels.ts';
import { colorHex, type ChartColorName } from './palette.ts';
import { useContainerWidth } from './use-container-width.ts';
import type { KeyOfType, Row } from './chart-types.ts';


export interface TimeDotChartProps<T extends Row> {
  data: T[];
  /** Field holding the row's date as YYYY-MM-DD. */
  index: KeyOfType<T, string>;
  categories: [KeyOfType<T, number>];
  /** Field holding the sentence read in the tooltip and the caption. */
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

interface Point<T> {
  row: T;
  time: number;
  value: number;
  label: string;
}

const DAY_MS = 86_400_000;
const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** A tick at midnight UTC, named as every other date on the page. */
const formatDayTick = (time: number): string => formatDate(new Date(time).toISOString().slice(0, 10));

export function TimeDotChart<T extends Row>(props: TimeDotChartProps<T>) {
  const { data, index, categories, labelKey, seriesOf, colorOf, isHatched, valueFormatter = String } = props;
  const [wrapperRef, width] = useContainerWidth<HTMLDivElement>();
  const [active, setActive] = useState<number | null>(null);
  const prefix = patternPrefix(useId());

  const { series, ordered } = useMemo(() => {
    const points: Point<T>[] = data.map((row) => ({
      row,
      time: Date.parse(`${row[index] as string}T00:00:00Z`),
      value: row[categories[0]] as number,
      label: String(row[labelKey]),
    }));
    const inOrder = [...points].sort((a, b) => a.time - b.time || a.value - b.value);
    const bySeries = new Map<string, Point<T>[]>();
    for (const point of inOrder) bySeries.set(seriesOf(point.row), [...(bySeries.get(seriesOf(point.row)) ?? []), point]);
    return { series: [...bySeries], ordered: inOrder };
  }, [data, index, categories, labelKey, seriesOf]);

  const times = ordered.map((point) => point.time);
  const domain = [Math.min(...times) - DAY_MS, Math.max(...times) + DAY_MS];
  const activePoint = active === null ? null : (ordered[active] ?? null);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEP[event.key];
    if (step !== undefined) {
      event.preventDefault();
      setActive((current) => (current === null ? 0 : Math.min(Math.max(current + step, 0), ordered.length - 1)));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : ordered.length - 1);
    } else if (event.key === 'Enter' && props.onSelect) {
      const point = activePoint ?? ordered[0];
      if (point) props.onSelect(point.row);
    }
  };

  const drawDot = (shape: { cx?: number; cy?: number; payload?: Point<T> }) => {
    const point = shape.payload!;
    const color = colorOf(point.row);
    const fill = isHatched(point.row) ? `url(#${hatchPatternId(prefix, color)})` : colorHex(color);
    return (
      <g data-point-date={String(point.row[index])} data-hatched={isHatched(point.row) ? 'true' : 'false'}>
        {point === activePoint && <circle cx={shape.cx} cy={shape.cy} r={11} fill="none" stroke="#111827" strokeWidth={2} />}
        <circle cx={shape.cx} cy={shape.cy} r={7} fill={fill} stroke={colorHex(color)} strokeWidth={2} />
      </g>
    );
  };

  return (
    <div
      ref={wrapperRef}
      onKeyDown={onKeyDown}
      onBlur={() => setActive(null)}
      className="w-full [&_svg:focus-visible]:outline-2 [&_svg:focus-visible]:outline-offset-2 [&_svg:focus-visible]:outline-blue-700"
    >
      {width !== null && (
        <ScatterChart
          width={width}
          height={TIME_CHART_HEIGHT}
          margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
          role="img"
          aria-label={props.ariaLabel}
          title={props.title}
          tabIndex={0}
          accessibilityLayer={false}
        >
          <HatchPatterns prefix={prefix} />
          <XAxis type="number" dataKey="time" domain={domain} tickFormatter={formatDayTick} fontSize={12} />
          <YAxis type="number" dataKey="value" tickFormatter={valueFormatter} fontSize={12} width={72} />
          <Tooltip content={<ChartTooltip labelKey="label" />} />
          {series.map(([name, points]) => (
            <Scatter
              key={name}
              name={name}
              data={points}
              line={{ stroke: colorHex(colorOf(points[0]!.row)), strokeDasharray: '4 3' }}
              shape={drawDot}
              isAnimationActive={false}
              onClick={(entry) => props.onSelect?.((entry.payload as Point<T>).row)}
            />
          ))}
        </ScatterChart>
      )}
      <p aria-live="polite" className="min-h-5 text-sm text-gray-800">
        {activePoint ? `${activePoint.label} (${(active ?? 0) + 1} of ${ordered.length})` : ''}
      </p>
    </div>
  );
}
