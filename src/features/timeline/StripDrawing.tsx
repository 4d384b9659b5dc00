// The overview strip's drawing: the events counted per day, the rounds shaded, the pauses
// named, at the width of its box. A chunk of its own, fetched as the page starts and drawn
// after the list, in a box held at its height meanwhile.
import { useMemo, type Ref } from 'react';
import { TimeStrip } from '../../components/charts/TimeStrip.tsx';
import type { StripCount } from '../../components/charts/strip-geometry.ts';
import { dayNumber, isoOfDay } from '../../components/charts/time-axis.ts';
import { useContainerWidth } from '../../components/charts/use-container-width.ts';
import { formatDate } from '../../lib/labels.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { TalksEvent } from '../../schema/bundle.ts';
import { isTalks, pauses, type Round } from './chapters.ts';

interface StripData {
  domain: [number, number];
  counts: StripCount[];
}

/**
 * Events per day, drawn as aggregated bars, on an axis spanning every event: `counted` (the
 * events of the chosen actors) changes the bars, never the axis or the rounds.
 */
function stripData(events: readonly TalksEvent[], counted: readonly TalksEvent[]): StripData {
  const perDay = new Map<number, StripCount>();
  let first = Infinity;
  let last = -Infinity;
  for (const event of events) {
    const day = dayNumber(event.date);
    const end = event.endDate ? dayNumber(event.endDate) : day;
    if (day < first) first = day;
    if (end > last) last = end;
  }
  for (const event of counted) {
    const day = dayNumber(event.date);
    let count = perDay.get(day);
    if (!count) perDay.set(day, (count = { day, marked: 0, other: 0 }));
    if (isTalks(event)) count.marked += 1;
    else count.other += 1;
  }
  const pad = Math.max(7, Math.round((last - first) * 0.02));
  return { domain: [first - pad, last + pad], counts: [...perDay.values()] };
}

/** What the strip draws from; TimelineStrip takes the same, less the two it works out itself. */
export interface StripProps {
  /** Every event (not only those the filters keep): the strip stays put while filters change. */
  events: readonly TalksEvent[];
  /** The events the bars count when actors are chosen (those they took part in); null counts every event. */
  counted: readonly TalksEvent[] | null;
  rounds: readonly Round[];
  from: string | null;
  to: string | null;
  setView: (patch: Partial<ViewState>) => void;
  svgRef: Ref<SVGSVGElement>;
  heightClass: string;
  handlesDescribedBy: string;
}

export function StripDrawing({ events, counted, rounds, from, to, setView, svgRef, heightClass, handlesDescribedBy }: StripProps) {
  const [ref, width] = useContainerWidth<HTMLDivElement>();
  const data = useMemo(() => stripData(events, counted ?? events), [events, counted]);
  const bands = useMemo(() => rounds.map((round) => ({ start: dayNumber(round.from), end: dayNumber(round.to), label: round.label })), [rounds]);
  const notes = useMemo(
    () => pauses(rounds).map((pause) => ({ start: dayNumber(pause.from), end: dayNumber(pause.to), label: pause.label })),
    [rounds],
  );
  const roundWords = rounds.length === 1 ? '1 round of talks' : `${rounds.length} rounds of talks`;

  return (
    <div ref={ref} className="w-full overflow-hidden">
      {width === null ? (
        <div className={heightClass} aria-busy="true" />
      ) : (
        <TimeStrip
          title="Events over the whole period"
          description={`Bars count ${counted ? `the ${counted.length === 1 ? 'one event' : `${counted.length} events`} the chosen actors took part in, ` : 'events '}per day; diamonds mark talks and meetings; ${roundWords} shaded: ${rounds.map((round) => round.label).join('; ')}.`}
          width={width}
          domain={data.domain}
          counts={data.counts}
          bands={bands}
          notes={notes}
          selection={[from ? dayNumber(from) : null, to ? dayNumber(to) : null]}
          onSelect={(start, end) => setView({ from: start === null ? null : isoOfDay(start), to: end === null ? null : isoOfDay(end) })}
          formatDay={(day) => formatDate(isoOfDay(day))}
          svgRef={svgRef}
          handlesDescribedBy={handlesDescribedBy}
        />
      )}
    </div>
  );
}
