// Figures over time, drawn as plain SVG: x the date, y the figure, one line per series in
// the series' colour. A hollow mark stands for a figure nobody has independently checked;
// a bar between caps for a range, an arrow for an open bound ("more than"), short whiskers
// for an approximate figure; a dashed ring for a figure someone disputes. Markers on the
// time axis (numbered) stand for dated events. Keyboard: focus the chart, step through the
// marks in date order with the arrow keys (the caption under the chart reads the current
// one), Enter opens it.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { RANGE_CHART_HEIGHT } from './chart-sizes.ts';
import { niceCeiling } from './nice-ceiling.ts';
import { dayNumber } from './time-axis.ts';
import { dayDomain, dayTicks, linear } from './time-scale.ts';
import { useContainerWidth } from './use-container-width.ts';

import { shapePath, type MarkShape } from './mark-path.ts';

export { shapePath, type MarkShape };

export interface RangePoint {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  value: number;
  /** Top of a stated range, or null. */
  high: number | null;
  /** A one-sided or loose figure: "more than" (above), "up to" (below), "about". */
  bound: 'above' | 'below' | 'about' | null;
  /** Marks of one series are joined by a line. */
  series: string;
  /** The series' name, written beside its last mark so colour is never the only cue ("Ukraine: killed"). */
  seriesLabel: string;
  colour: string;
  shape: MarkShape;
  hollow: boolean;
  flagged: boolean;
  /** The sentence read in the caption and the tooltip. */
  label: string;
}

export interface TimeMarker {
  date: string;
  /** Short text drawn on the axis ("1"); the full words go in `title`. */
  short: string;
  title: string;
}

export interface TimeRangeChartProps<P extends RangePoint> {
  points: readonly P[];
  markers: readonly TimeMarker[];
  ariaLabel: string;
  valueFormatter: (value: number) => string;
  onSelect?: (point: P) => void;
}

const MARGIN = { top: 30, right: 16, bottom: 30, left: 60 };
const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
const FONT = 'system-ui, sans-serif';
const AXIS = '#4B5563';

const MAX_SERIES_LABELS = 12;

/**
 * A name beside each series' last mark, nudged apart so none overprint; near the right edge the
 * name goes to the mark's left. Past a dozen series the legend and the table name them instead.
 */
function seriesLabels<P extends RangePoint>(series: P[][], x: (day: number) => number, y: (value: number) => number, right: number) {
  if (series.length > MAX_SERIES_LABELS) return [];
  const labels = series
    .map((line) => {
      const last = line.at(-1)!;
      const cx = x(dayNumber(last.date));
      const nearEdge = cx + 10 + last.seriesLabel.length * 6.5 > right;
      return { key: last.series, text: last.seriesLabel, x: nearEdge ? cx - 12 : cx + 12, y: y(last.value) + 4, anchor: nearEdge ? ('end' as const) : ('start' as const) };
    })
    .sort((a, b) => a.y - b.y);
  for (let i = 1; i < labels.length; i++) {
    const previous = labels[i - 1]!;
    const label = labels[i]!;
    if (Math.abs(label.x - previous.x) < 120 && label.y - previous.y < 13) label.y = previous.y + 13;
  }
  return labels;
}

/** Markers closer than a badge's width share one badge ("1–3"), so numbers never overprint. */
function markerGroups(markers: readonly TimeMarker[], x: (day: number) => number) {
  const groups: { at: number; text: string; title: string; dates: string[]; first: string; last: string }[] = [];
  for (const marker of [...markers].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    const at = x(dayNumber(marker.date));
    const previous = groups.at(-1);
    if (previous && at - x(dayNumber(previous.dates.at(-1)!)) < 18) {
      previous.dates.push(marker.date);
      previous.last = marker.short;
      previous.text = `${previous.first}–${marker.short}`;
      previous.title += `; ${marker.title}`;
      previous.at = (x(dayNumber(previous.dates[0]!)) + at) / 2;
    } else groups.push({ at, text: marker.short, title: marker.title, dates: [marker.date], first: marker.short, last: marker.short });
  }
  return groups;
}

export function TimeRangeChart<P extends RangePoint>({ points, markers, ariaLabel, valueFormatter, onSelect }: TimeRangeChartProps<P>) {
  const [wrapperRef, width] = useContainerWidth<HTMLDivElement>();
  const [active, setActive] = useState<number | null>(null);
  const height = RANGE_CHART_HEIGHT;

  const ordered = useMemo(() => [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.value - b.value)), [points]);
  const series = useMemo(() => {
    const bySeries = new Map<string, P[]>();
    for (const point of ordered) {
      const line = bySeries.get(point.series);
      if (line) line.push(point);
      else bySeries.set(point.series, [point]);
    }
    return [...bySeries.values()];
  }, [ordered]);

  const domain = dayDomain([...ordered.map((p) => dayNumber(p.date))]);
  const shownMarkers = markers.filter((m) => dayNumber(m.date) >= domain[0] && dayNumber(m.date) <= domain[1]);
  let max = 0;
  for (const point of ordered) max = Math.max(max, point.high ?? point.value);
  const yMax = niceCeiling(max);
  const plotWidth = Math.max(40, (width ?? 0) - MARGIN.left - MARGIN.right);
  const x = linear(domain, [MARGIN.left, MARGIN.left + plotWidth]);
  const y = linear([0, yMax], [height - MARGIN.bottom, MARGIN.top]);
  const xTicks = dayTicks(domain, Math.max(2, Math.floor(plotWidth / 110)));
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * yMax);
  const activePoint = active === null ? null : (ordered[active] ?? null);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEP[event.key];
    if (step !== undefined) {
      event.preventDefault();
      setActive((current) => (current === null ? 0 : Math.min(Math.max(current + step, 0), ordered.length - 1)));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : ordered.length - 1);
    } else if (event.key === 'Enter' && onSelect) {
      const point = activePoint ?? ordered[0];
      if (point) onSelect(point);
    }
  };

  const drawRange = (point: P, cx: number, cy: number) => {
    if (point.high !== null) {
      const top = y(point.high);
      return <path d={`M${cx},${cy}V${top}M${cx - 5},${top}h10M${cx - 5},${cy}h10`} stroke={point.colour} strokeWidth={2} fill="none" />;
    }
    if (point.bound === 'above') return <path d={`M${cx},${cy}v-20M${cx - 4},${cy - 15}l4,-5l4,5`} stroke={point.colour} strokeWidth={2} fill="none" />;
    if (point.bound === 'below') return <path d={`M${cx},${cy}v20M${cx - 4},${cy + 15}l4,5l4,-5`} stroke={point.colour} strokeWidth={2} fill="none" />;
    if (point.bound === 'about') return <path d={`M${cx},${cy - 12}v24M${cx - 4},${cy - 12}h8M${cx - 4},${cy + 12}h8`} stroke={point.colour} strokeWidth={1.5} strokeDasharray="2 2" fill="none" />;
    return null;
  };

  return (
    <div ref={wrapperRef} onKeyDown={onKeyDown} onBlur={() => setActive(null)} className="relative w-full">
      {width !== null && (
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={ariaLabel}
          tabIndex={0}
          className="block max-w-full focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
          fontFamily={FONT}
        >
          <rect width={width} height={height} fill="#ffffff" />
          {yTicks.map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={y(tick)} y2={y(tick)} stroke="#E5E7EB" />
              <text x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize={12} fill={AXIS}>
                {valueFormatter(tick)}
              </text>
            </g>
          ))}
          <line x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={height - MARGIN.bottom} y2={height - MARGIN.bottom} stroke={AXIS} />
          {xTicks.map((tick, i) => (
            <text
              key={tick.at}
              x={x(tick.at)}
              y={height - MARGIN.bottom + 18}
              textAnchor={i === 0 && x(tick.at) < MARGIN.left + 30 ? 'start' : x(tick.at) > MARGIN.left + plotWidth - 30 ? 'end' : 'middle'}
              fontSize={12}
              fill={AXIS}
            >
              {tick.label}
            </text>
          ))}
          {markerGroups(shownMarkers, x).map(({ at, text, title, dates }) => {
            const width = Math.max(14, text.length * 6 + 6);
            return (
              <g key={dates[0]} data-marker-date={dates.join(' ')}>
                <title>{title}</title>
                {dates.map((date) => (
                  <line key={date} x1={x(dayNumber(date))} x2={x(dayNumber(date))} y1={MARGIN.top - 8} y2={height - MARGIN.bottom} stroke="#6B7280" strokeDasharray="3 4" />
                ))}
                <path d={`M${at - width / 2},${MARGIN.top - 24}h${width}v12l${-width / 2},6l${-width / 2},-6Z`} fill="#374151" />
                <text x={at} y={MARGIN.top - 15} textAnchor="middle" fontSize={10} fontWeight={700} fill="#ffffff">
                  {text}
                </text>
              </g>
            );
          })}
          {series.filter((line) => line.length > 1).map((line) => (
            <polyline
              key={line[0]!.series}
              points={line.map((p) => `${x(dayNumber(p.date))},${y(p.value)}`).join(' ')}
              fill="none"
              stroke={line[0]!.colour}
              strokeOpacity={0.7}
              strokeWidth={1.5}
            />
          ))}
          {ordered.map((point, i) => {
            const cx = x(dayNumber(point.date));
            const cy = y(point.value);
            return (
              <g
                key={point.id}
                data-point-id={point.id}
                data-point-date={point.date}
                data-hollow={point.hollow ? 'true' : 'false'}
                data-flagged={point.flagged ? 'true' : 'false'}
                onClick={() => onSelect?.(point)}
                onMouseEnter={() => setActive(i)}
                onMouseLeave={() => setActive(null)}
                cursor={onSelect ? 'pointer' : undefined}
              >
                {drawRange(point, cx, cy)}
                {point.flagged && <circle cx={cx} cy={cy} r={11} fill="none" stroke="#111827" strokeWidth={1.5} strokeDasharray="3 2" />}
                {point === activePoint && <circle cx={cx} cy={cy} r={14} fill="none" stroke="#1D4ED8" strokeWidth={3} />}
                <path d={shapePath(point.shape, cx, cy)} fill={point.hollow ? '#ffffff' : point.colour} stroke={point.colour} strokeWidth={2.5} />
              </g>
            );
          })}
          {seriesLabels(series, x, y, MARGIN.left + plotWidth).map((label) => (
            <text key={label.key} x={label.x} y={label.y} textAnchor={label.anchor} fontSize={11} fontWeight={600} fill="#111827" stroke="#ffffff" strokeWidth={3} paintOrder="stroke" data-series-label="">
              {label.text}
            </text>
          ))}
        </svg>
      )}
      <p aria-live="polite" className="min-h-5 text-sm text-gray-800">
        {activePoint ? `${activePoint.label} (${(active ?? 0) + 1} of ${ordered.length})` : ''}
      </p>
    </div>
  );
}
