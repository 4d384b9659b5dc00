// The whole period at a glance: every event on a time axis, the rounds of talks shaded, long
// pauses named. Dragging across it (or moving its handles with the keyboard, or choosing a
// round below it) sets the dates in the link, which filters every view.
import { useId, useMemo, type Ref } from 'react';
import type { StripCount } from '../../components/charts/strip-geometry.ts';
import { dayNumber, isoOfDay } from '../../components/charts/time-axis.ts';
import { Button } from '../../components/ui/Button.tsx';
import { useContainerWidth } from '../../components/charts/use-container-width.ts';
import { formatDate } from '../../lib/labels.ts';
import { loadOnce, useLoaded } from '../../lib/load-once.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { TalksEvent } from '../../schema/bundle.ts';
import { isTalks, pauses, ROUND_MARGIN, type Round } from './chapters.ts';

// The drawing is its own chunk, fetched as soon as the page starts (beside the data, which
// takes longer), so the first view's script stays small; its place is held meanwhile.
const timeStrip = loadOnce(() => import('../../components/charts/TimeStrip.tsx').then((module) => module.TimeStrip));
void timeStrip.preload().catch(() => {});
/** The drawing's height: the strip (100 px) and the line under it that names the range. */
const STRIP_HEIGHT = 'h-[116px]';

export interface StripData {
  domain: [number, number];
  counts: StripCount[];
}

/** Events per day over the whole collection: a pass over the events, drawn as aggregated bars. */
export function stripData(events: readonly TalksEvent[]): StripData | null {
  if (events.length === 0) return null;
  const perDay = new Map<number, StripCount>();
  let first = Infinity;
  let last = -Infinity;
  for (const event of events) {
    const day = dayNumber(event.date);
    const end = event.endDate ? dayNumber(event.endDate) : day;
    if (day < first) first = day;
    if (end > last) last = end;
    let count = perDay.get(day);
    if (!count) perDay.set(day, (count = { day, marked: 0, other: 0 }));
    if (isTalks(event)) count.marked += 1;
    else count.other += 1;
  }
  const pad = Math.max(7, Math.round((last - first) * 0.02));
  return { domain: [first - pad, last + pad], counts: [...perDay.values()] };
}

/** A round's dates plus the days around it that belong to it (the ultimatum before, the exchange after). */
export function roundRange(round: Round): { from: string; to: string } {
  return { from: isoOfDay(dayNumber(round.from) - ROUND_MARGIN), to: isoOfDay(dayNumber(round.to) + ROUND_MARGIN) };
}

export function TimelineStrip({
  data,
  rounds,
  from,
  to,
  setView,
  svgRef,
}: {
  data: StripData;
  rounds: readonly Round[];
  from: string | null;
  to: string | null;
  setView: (patch: Partial<ViewState>) => void;
  svgRef: Ref<SVGSVGElement>;
}) {
  const [ref, width] = useContainerWidth<HTMLDivElement>();
  const { module: TimeStrip, failed } = useLoaded(timeStrip);
  const helpId = useId();
  const bands = useMemo(() => rounds.map((round) => ({ start: dayNumber(round.from), end: dayNumber(round.to), label: round.label })), [rounds]);
  const notes = useMemo(
    () => pauses(rounds).map((pause) => ({ start: dayNumber(pause.from), end: dayNumber(pause.to), label: pause.label })),
    [rounds],
  );
  const roundWords = rounds.length === 1 ? '1 round of talks' : `${rounds.length} rounds of talks`;

  return (
    <div className="mt-3">
      <div ref={ref} className="w-full overflow-hidden">
        {(width === null || !TimeStrip) && (
          <div className={STRIP_HEIGHT} aria-busy={!failed}>
            {failed && <p className="text-sm text-slate-700">The overview strip could not be loaded; the list below is complete.</p>}
          </div>
        )}
        {width !== null && TimeStrip && (
          <TimeStrip
            title="Events over the whole period"
            description={`Bars count events per day; diamonds mark talks and meetings; ${roundWords} shaded: ${rounds.map((round) => round.label).join('; ')}.`}
            width={width}
            domain={data.domain}
            counts={data.counts}
            bands={bands}
            notes={notes}
            selection={[from ? dayNumber(from) : null, to ? dayNumber(to) : null]}
            onSelect={(start, end) => setView({ from: start === null ? null : isoOfDay(start), to: end === null ? null : isoOfDay(end) })}
            formatDay={(day) => formatDate(isoOfDay(day))}
            svgRef={svgRef}
            handlesDescribedBy={helpId}
          />
        )}
      </div>
      <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-600">
        <span>
          <span aria-hidden="true">◆ </span>dark bars: talks and meetings
        </span>
        <span>grey bars: other events</span>
        <span>shaded: a round of talks</span>
      </p>
      <p id={helpId} className="mt-1 text-sm text-slate-700">
        Drag across the strip to choose dates, or move its two handles with the arrow keys (Page Up and Page Down move a
        month).
      </p>
      {rounds.length > 0 && (
        <div className="mt-2 flex flex-wrap items-center gap-2" role="group" aria-label="Show one round">
          <span className="text-sm text-slate-700">Show:</span>
          {rounds.map((round) => {
            const range = roundRange(round);
            return (
              <Button
                key={round.from}
                size="sm"
                aria-pressed={from === range.from && to === range.to}
                className="aria-pressed:border-oi-blue aria-pressed:bg-sky-50"
                onClick={() => setView(range)}
              >
                Round of {round.label}
              </Button>
            );
          })}
          <Button
            size="sm"
            aria-pressed={from === null && to === null}
            className="aria-pressed:border-oi-blue aria-pressed:bg-sky-50"
            onClick={() => setView({ from: null, to: null })}
          >
            Whole period
          </Button>
        </div>
      )}
    </div>
  );
}
