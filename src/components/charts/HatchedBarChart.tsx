// Horizontal bars, one per row, each with its full label written above it (labels are long
// sentences, so they get the chart's width rather than a cramped axis). Hatched bars stand
// for figures nobody has independently checked; a whisker runs to the upper end of a range.
import { useId, useRef, type KeyboardEvent } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { ActivePointProbe } from './ActivePointProbe.tsx';
import { HatchPatterns, hatchPatternId, patternPrefix } from './HatchPatterns.tsx';
import { ChartTooltip } from './ChartTooltip.tsx';
import { BAR_SIZE, LABEL_LINE_HEIGHT, barChartHeight, barRowHeight } from './chart-sizes.ts';
import { niceCeiling } from './nice-ceiling.ts';
import { colorHex, type ChartColorName } from './palette.ts';
import { remapBarKeys } from './remap-bar-keys.ts';
import { useContainerWidth } from './use-container-width.ts';
import type { KeyOfType, Row } from './chart-types.ts';
import { charsThatFit, wrapLabel } from '../../lib/wrap-text.ts';


export interface HatchedBarChartProps<T extends Row> {
  data: T[];
  /** Field holding each bar's label: drawn above the bar and read in the tooltip. */
  index: KeyOfType<T, string>;
  /** Numeric field drawn as the bar's length (the low end of a range). */
  categories: [KeyOfType<T, number>];
  /** Numeric field for the upper end of a range, or null when the value is a single figure. */
  rangeHighKey?: KeyOfType<T, number | null>;
  colorOf: (row: T) => ChartColorName;
  isHatched: (row: T) => boolean;
  valueFormatter?: (value: number) => string;
  /** One sentence summarising the chart for screen readers. */
  ariaLabel: string;
  title?: string;
  onSelect?: (row: T) => void;
}


const MARGIN = { top: 8, right: 24, bottom: 8, left: 8 };

export function HatchedBarChart<T extends Row>(props: HatchedBarChartProps<T>) {
  const { data, index, categories, rangeHighKey, colorOf, isHatched, valueFormatter = String } = props;
  const [wrapperRef, width] = useContainerWidth<HTMLDivElement>();
  const activeRow = useRef<T | null>(null);
  const prefix = patternPrefix(useId());
  const valueKey = categories[0];
  const valueOf = (row: T) => row[valueKey] as number;
  const highOf = (row: T) => (rangeHighKey ? (row[rangeHighKey] as number | null) : null);
  const axisMax = niceCeiling(Math.max(...data.map((row) => highOf(row) ?? valueOf(row))));
  const maxChars = charsThatFit((width ?? 640) - MARGIN.left - MARGIN.right);
  const labelLines = new Map(data.map((row) => [row, wrapLabel(String(row[index]), maxChars)]));
  const linesPerRow = Math.max(1, ...[...labelLines.values()].map((lines) => lines.length));
  const rowHeight = barRowHeight(linesPerRow);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !props.onSelect) return;
    const row = activeRow.current ?? data[0];
    if (row) props.onSelect(row);
  };

  const drawBar = (shape: BarShapeProps) => {
    const row = shape.payload as T;
    const color = colorOf(row);
    const fill = isHatched(row) ? `url(#${hatchPatternId(prefix, color)})` : colorHex(color);
    const lines = labelLines.get(row) ?? [String(row[index])];
    // Recharts centres the bar in its band; the label goes at the band's top, the bar under it.
    const bandTop = shape.y - (rowHeight - shape.height) / 2;
    const barY = bandTop + linesPerRow * LABEL_LINE_HEIGHT + 6;
    const high = highOf(row);
    // The bar ends at the low figure; a whisker runs on to the high one, scaled like the bar.
    const rangeEnd = high !== null && valueOf(row) > 0 ? shape.x + (shape.width * high) / valueOf(row) : null;
    const middle = barY + shape.height / 2;
    return (
      <g data-bar-id={String(row[index])} data-hatched={isHatched(row) ? 'true' : 'false'}>
        <text x={shape.x} y={bandTop} fontSize={12} fill="#1f2937">
          {lines.map((line, i) => (
            <tspan key={i} x={shape.x} dy={LABEL_LINE_HEIGHT}>
              {line}
            </tspan>
          ))}
        </text>
        <rect
          x={shape.x}
          y={barY}
          width={Math.max(shape.width, 2)}
          height={shape.height}
          fill={fill}
          stroke={colorHex(color)}
          strokeWidth={1.5}
        />
        {rangeEnd !== null && (
          <g data-range-high={high} stroke="#111827" strokeWidth={1.5}>
            <line x1={shape.x + shape.width} x2={rangeEnd} y1={middle} y2={middle} />
            <line x1={rangeEnd} x2={rangeEnd} y1={barY} y2={barY + shape.height} />
          </g>
        )}
      </g>
    );
  };

  return (
    <div ref={wrapperRef} onKeyDownCapture={remapBarKeys} onKeyDown={onKeyDown} className="w-full [&_svg:focus-visible]:outline-2 [&_svg:focus-visible]:outline-offset-2 [&_svg:focus-visible]:outline-blue-700">
      {width !== null && (
        <BarChart
          width={width}
          height={barChartHeight(data.length, linesPerRow)}
          data={data}
          layout="vertical"
          margin={MARGIN}
          role="img"
          aria-label={props.ariaLabel}
          title={props.title}
          accessibilityLayer
        >
          <HatchPatterns prefix={prefix} />
          <XAxis type="number" domain={[0, axisMax]} tickFormatter={valueFormatter} fontSize={12} />
          <YAxis type="category" dataKey={index} hide />
          <Tooltip content={<ChartTooltip labelKey={index} />} cursor={{ fill: '#f3f4f6' }} />
          <Bar
            dataKey={valueKey}
            barSize={BAR_SIZE}
            shape={drawBar}
            isAnimationActive={false}
            cursor={props.onSelect ? 'pointer' : undefined}
            onClick={(entry) => props.onSelect?.(entry.payload as T)}
          />
          <ActivePointProbe activeRef={activeRow} />
        </BarChart>
      )}
    </div>
  );
}
