// An overview of a whole period on a time axis: counts per day drawn as thin bars grouped by
// pixel (so ten thousand items are a few hundred marks), bands for named spans, notes for
// gaps, and a brush. Dragging across it, or moving its two handles with the keyboard,
// chooses a range of days. Knows nothing of what is counted: the caller names it.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type Ref } from 'react';
import { timeTicks } from './time-scale.ts';

export interface StripCount {
  day: number;
  /** Items of the kind the strip emphasises (drawn dark, with a diamond on top). */
  marked: number;
  other: number;
}

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

const HEIGHT = 100;
const SIDE = 14;
const LABEL_Y = 12;
const PLOT_TOP = 20;
const BASELINE = 72;
const BIN = 2;
const BAR_ROOM = BASELINE - PLOT_TOP - 8;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

const STEP_KEYS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -30, PageUp: 30 };

/**
 * Counts summed per bin of BIN pixels and drawn as three paths (other items, emphasised items,
 * diamonds): a handful of nodes however many items there are.
 */
function binPaths(counts: readonly StripCount[], x: (day: number) => number, plotWidth: number) {
  const size = Math.max(1, Math.ceil(plotWidth / BIN));
  const marked = new Float64Array(size);
  const other = new Float64Array(size);
  for (const count of counts) {
    const bin = clamp(Math.floor((x(count.day) - SIDE) / BIN), 0, size - 1);
    marked[bin]! += count.marked;
    other[bin]! += count.other;
  }
  let most = 0;
  for (let i = 0; i < size; i++) most = Math.max(most, marked[i]! + other[i]!);
  let markedPath = '';
  let otherPath = '';
  let diamonds = '';
  for (let i = 0; i < size; i++) {
    const total = marked[i]! + other[i]!;
    if (total === 0) continue;
    // Square root, with a floor, so a lone item stays visible beside a busy day.
    const height = Math.max(6, BAR_ROOM * Math.sqrt(total / most));
    const markedHeight = (height * marked[i]!) / total;
    const left = SIDE + i * BIN;
    if (markedHeight > 0) {
      markedPath += `M${left} ${BASELINE}v${-markedHeight.toFixed(1)}h${BIN}v${markedHeight.toFixed(1)}z`;
      diamonds += `M${left + BIN / 2} ${(BASELINE - height - 7).toFixed(1)}l3 3l-3 3l-3 -3z`;
    }
    if (height > markedHeight) otherPath += `M${left} ${(BASELINE - markedHeight).toFixed(1)}v${-(height - markedHeight).toFixed(1)}h${BIN}v${(height - markedHeight).toFixed(1)}z`;
  }
  return { markedPath, otherPath, diamonds };
}

export function TimeStrip(props: TimeStripProps) {
  const { width, domain, selection, onSelect, formatDay } = props;
  const id = useId();
  const [first, last] = domain;
  const plotWidth = Math.max(1, width - 2 * SIDE);
  const span = Math.max(1, last + 1 - first);
  const x = (day: number) => SIDE + ((day - first) / span) * plotWidth;
  const dayAt = (px: number) => clamp(Math.floor(first + ((px - SIDE) / plotWidth) * span), first, last);

  // While the reader drags or presses keys the range follows locally; it is written to the
  // link once, when they let go, so one gesture is one step back in history.
  const [draft, setDraftState] = useState<[number, number] | null>(null);
  const latestDraft = useRef<[number, number] | null>(null);
  const setDraft = (next: [number, number] | null) => {
    latestDraft.current = next;
    setDraftState(next);
  };
  const anchor = useRef<number | null>(null);
  const moved = useRef(false);
  const box = useRef<HTMLDivElement>(null);
  const shown: [number, number] = draft ?? [selection[0] ?? first, selection[1] ?? last];
  // The committed range stays drawn until the new selection comes back through the props
  // (the page may render it a moment later), so a second key press builds on the first.
  useEffect(() => {
    setDraft(null);
  }, [selection[0], selection[1]]);
  const commit = (range: [number, number]) => {
    const [from, to] = range[0] <= range[1] ? range : [range[1], range[0]];
    setDraft([from, to]);
    onSelect(from <= first ? null : from, to >= last ? null : to);
  };

  const pointerDay = (event: PointerEvent<HTMLDivElement>) => dayAt(event.clientX - (box.current?.getBoundingClientRect().left ?? 0));
  // Pressing on the strip starts a new range there; pressing on a handle drags that end.
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const target = event.target as Element;
    const end = target.getAttribute('data-end');
    if (end !== null) anchor.current = shown[end === '0' ? 1 : 0];
    else if (target.getAttribute('data-brush') !== null) anchor.current = pointerDay(event);
    else return;
    moved.current = false;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (anchor.current === null) return;
    const day = pointerDay(event);
    moved.current = true;
    setDraft([Math.min(anchor.current, day), Math.max(anchor.current, day)]);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const start = anchor.current;
    anchor.current = null;
    if (start === null) return;
    const day = pointerDay(event);
    // A click without a drag chooses nothing: a stray tap should not filter the page.
    if (!moved.current || day === start) setDraft(null);
    else commit([Math.min(start, day), Math.max(start, day)]);
  };

  const onHandleKey = (end: 0 | 1) => (event: KeyboardEvent<HTMLDivElement>) => {
    const step = STEP_KEYS[event.key];
    let value: number | null = null;
    const current = latestDraft.current ?? shown;
    if (step !== undefined) value = current[end] + (event.shiftKey ? step * 30 : step);
    else if (event.key === 'Home') value = first;
    else if (event.key === 'End') value = last;
    else if (event.key === 'Enter' && latestDraft.current) commit(latestDraft.current);
    if (value === null) return;
    event.preventDefault();
    const next: [number, number] = [...current];
    next[end] = end === 0 ? clamp(value, first, current[1]) : clamp(value, current[0], last);
    setDraft(next);
  };
  const onHandleKeyUp = (event: KeyboardEvent<HTMLDivElement>) => {
    const pending = latestDraft.current;
    if (pending && (event.key in STEP_KEYS || event.key === 'Home' || event.key === 'End')) commit(pending);
  };

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
      ref={box}
      className="relative select-none"
      style={{ width }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        anchor.current = null;
        setDraft(null);
      }}
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
          onKeyDown={onHandleKey(end)}
          onKeyUp={onHandleKeyUp}
          data-end={end}
          onBlur={() => latestDraft.current && commit(latestDraft.current)}
          className="absolute w-3 -translate-x-1/2 cursor-ew-resize rounded-sm border-2 border-oi-blue bg-white focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-slate-900"
          style={{ left: end === 0 ? left : right, top: PLOT_TOP + 8, height: BASELINE - PLOT_TOP - 16 }}
        />
      ))}
    </div>
  );
}
