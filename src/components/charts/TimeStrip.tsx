// An overview of a whole period on a time axis: counts per day drawn as thin bars grouped by
// pixel (so ten thousand items are a few hundred marks), bands for named spans, notes for
// gaps, and a brush. Dragging across it, or moving its two handles with the keyboard,
// chooses a range of days. Knows nothing of what is counted: the caller names it.
import { useId, useMemo, type Ref } from 'react';
import { BASELINE, binPaths, clamp, HEIGHT, LABEL_Y, PLOT_TOP, SIDE, type StripCount } from './strip-geometry.ts';
import { timeTicks } from './time-ticks.ts';
import { useStripBrush } from './use-strip-brush.ts';

export type { StripCount } from './strip-geometry.ts';

/** A span of days, both ends included, with a label. */
export interface StripSpan {
  start: number;
  end: number;
  label: string;
}

export interface TimeStripProps {
  /** Names the drawing for screen readers and in the exported file. */
  title: string;
  /** One sentence on what the drawing shows, read after the title. */
  description: string;
  width: number;
  domain: readonly [number, number];
  counts: readonly StripCount[];
  bands: readonly StripSpan[];
  notes: readonly StripSpan[];
  /** The chosen range; null ends are open. */
  selection: readonly [number | null, number | null];
  onSelect: (from: number | null, to: number | null) => void;
  formatDay: (day: number) => string;
  svgRef?: Ref<SVGSVGElement>;
  /** Id of the words that say how to use the handles. */
  handlesDescribedBy?: string;
}


export function TimeStrip(props: TimeStripProps) {
  const { width, domain, selection, onSelect, formatDay } = props;
  const id = useId();
  const [first, last] = domain;
  const plotWidth = Math.max(1, width - 2 * SIDE);
  const span = Math.max(1, last + 1 - first);
  const x = (day: number) => SIDE + ((day - first) / span) * plotWidth;
  const dayAt = (px: number) => clamp(Math.floor(first + ((px - SIDE) / plotWidth) * span), first, last);

  const brush = useStripBrush({ first, last, selection, onSelect, dayAt });
  const { shown } = brush;

  const ticks = timeTicks(first, last, plotWidth);
  // Dragging redraws the strip on every move; the bars only change with the data or the width.
  const paths = useMemo(() => binPaths(props.counts, x, plotWidth), [props.counts, first, last, plotWidth]);
  const chosen = shown[0] > first || shown[1] < last;
  const left = x(shown[0]);
  const right = x(shown[1] + 1);
  // Band labels that would overlap the one before are left out; the list below names every band.
  let labelEnd = -Infinity;

  return (
    <div
      ref={brush.box}
      className="relative select-none"
      style={{ width }}
      onPointerDown={brush.onPointerDown}
      onPointerMove={brush.onPointerMove}
      onPointerUp={brush.onPointerUp}
      onPointerCancel={brush.onPointerCancel}
    >
      <svg
        ref={props.svgRef}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        className="block touch-none"
        fontFamily="system-ui, sans-serif"
      >
        <title id={`${id}-title`}>{props.title}</title>
        <desc id={`${id}-desc`}>{props.description}</desc>
        {props.bands.map((band) => {
          const bandLeft = x(band.start);
          const bandWidth = Math.max(4, x(band.end + 1) - bandLeft);
          const labelLeft = clamp(bandLeft, 2, width - band.label.length * 6.5 - 2);
          const showLabel = labelLeft >= labelEnd;
          if (showLabel) labelEnd = labelLeft + band.label.length * 6.5 + 8;
          return (
            <g key={`${band.start}-${band.label}`}>
              <rect x={bandLeft} y={PLOT_TOP} width={bandWidth} height={BASELINE - PLOT_TOP} fill="#fde68a" fillOpacity={0.55} stroke="#b45309" strokeWidth={1} />
              {showLabel && (
                <text x={labelLeft} y={LABEL_Y} fontSize={11} fontWeight={600} fill="#78350f">
                  {band.label}
                </text>
              )}
            </g>
          );
        })}
        {props.notes.map((note) => {
          const noteLeft = x(note.start);
          const noteRight = x(note.end + 1);
          const middle = (noteLeft + noteRight) / 2;
          const roomy = noteRight - noteLeft > note.label.length * 5.5 + 12;
          return roomy ? (
            <g key={`note-${note.start}`}>
              <line x1={noteLeft + 4} x2={noteRight - 4} y1={PLOT_TOP + 14} y2={PLOT_TOP + 14} stroke="#64748b" strokeDasharray="3 3" />
              <text x={middle} y={PLOT_TOP + 10} fontSize={11} textAnchor="middle" fill="#334155">
                {note.label}
              </text>
            </g>
          ) : null;
        })}
        {paths.otherPath && <path d={paths.otherPath} fill="#64748b" />}
        {paths.markedPath && <path d={paths.markedPath} fill="#0f172a" />}
        {paths.diamonds && <path d={paths.diamonds} fill="#0f172a" />}
        <line x1={SIDE} x2={width - SIDE} y1={BASELINE} y2={BASELINE} stroke="#334155" />
        {ticks.map((tick) => (
          <g key={tick.day}>
            <line x1={x(tick.day)} x2={x(tick.day)} y1={BASELINE} y2={BASELINE + (tick.major ? 7 : 4)} stroke="#334155" />
            <text x={x(tick.day)} y={BASELINE + 19} fontSize={11} textAnchor="middle" fill="#334155" fontWeight={tick.major ? 600 : 400}>
              {tick.label}
            </text>
          </g>
        ))}
        {chosen && (
          <g>
            <rect x={SIDE} y={PLOT_TOP} width={Math.max(0, left - SIDE)} height={BASELINE - PLOT_TOP} fill="#ffffff" fillOpacity={0.7} />
            <rect x={right} y={PLOT_TOP} width={Math.max(0, width - SIDE - right)} height={BASELINE - PLOT_TOP} fill="#ffffff" fillOpacity={0.7} />
            <rect x={left} y={PLOT_TOP} width={Math.max(1, right - left)} height={BASELINE - PLOT_TOP} fill="none" stroke="#0072b2" strokeWidth={2} />
          </g>
        )}
        <rect
          data-testid="time-strip-brush"
          x={SIDE}
          y={PLOT_TOP}
          width={plotWidth}
          height={BASELINE - PLOT_TOP}
          fill="transparent"
          data-brush=""
          className="cursor-crosshair"
        />
      </svg>
      {([0, 1] as const).map((end) => (
        <div
          key={end}
          role="slider"
          tabIndex={0}
          aria-label={end === 0 ? 'Start of the date range' : 'End of the date range'}
          aria-valuemin={first}
          aria-valuemax={last}
          aria-valuenow={shown[end]}
          aria-valuetext={formatDay(shown[end])}
          aria-describedby={props.handlesDescribedBy}
          onKeyDown={brush.onHandleKey(end)}
          onKeyUp={brush.onHandleKeyUp}
          data-end={end}
          onBlur={brush.onHandleBlur}
          className="absolute w-3 -translate-x-1/2 cursor-ew-resize touch-none rounded-sm border-2 border-oi-blue bg-white focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-slate-900"
          style={{ left: end === 0 ? left : right, top: PLOT_TOP + 8, height: BASELINE - PLOT_TOP - 16 }}
        />
      ))}
      {/* The range in words as it moves, for a reader dragging with a mouse; the handles say it to screen readers. */}
      <p className="text-xs text-slate-700" aria-hidden="true" data-testid="time-strip-range">
        {chosen ? `Chosen: ${formatDay(shown[0])} – ${formatDay(shown[1])}` : 'Showing the whole period'}
      </p>
    </div>
  );
}
