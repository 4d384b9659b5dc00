// The whole period at a glance: every event on a time axis, the rounds of talks shaded, long
// pauses named. Dragging across it (or moving its handles with the keyboard, or choosing a
// round below it) sets the dates in the link, which filters every view.
import { useId } from 'react';
import { dayNumber, isoOfDay } from '../../components/charts/time-axis.ts';
import { Button } from '../../components/ui/Button.tsx';
import { loadOnce, useLoaded } from '../../lib/load-once.ts';
import { ROUND_MARGIN, type Round } from './chapters.ts';
import type { StripProps } from './StripDrawing.tsx';

// The drawing is its own chunk, fetched with the timeline's (see load.ts), beside the data;
// its place is held meanwhile, at the drawing's height, so nothing below it moves when it arrives.
const stripDrawing = loadOnce(() => import('./StripDrawing.tsx').then((module) => module.StripDrawing));
void stripDrawing.preload().catch(() => {});
/** The drawing's height: the strip (100 px) and the line under it that names the range. */
const STRIP_HEIGHT = 'h-[116px]';

/** A round's dates plus the days around it that belong to it (the ultimatum before, the exchange after). */
export function roundRange(round: Round): { from: string; to: string } {
  return { from: isoOfDay(dayNumber(round.from) - ROUND_MARGIN), to: isoOfDay(dayNumber(round.to) + ROUND_MARGIN) };
}

/** The timeline draws no strip when there are no events. */
export function TimelineStrip({ events, counted, rounds, from, to, setView, svgRef }: Omit<StripProps, 'heightClass' | 'handlesDescribedBy'>) {
  const { module: StripDrawing, failed } = useLoaded(stripDrawing);
  const helpId = useId();

  return (
    <div className="mt-3">
      {StripDrawing ? (
        <StripDrawing events={events} counted={counted} rounds={rounds} from={from} to={to} setView={setView} svgRef={svgRef} heightClass={STRIP_HEIGHT} handlesDescribedBy={helpId} />
      ) : (
        <div className={STRIP_HEIGHT} aria-busy={!failed}>
          {failed && <p className="text-sm text-slate-700">The overview strip could not be loaded; the list below is complete.</p>}
        </div>
      )}
      <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-600">
        <span>
          <span aria-hidden="true">◆ </span>dark bars: talks and meetings
        </span>
        <span>grey bars: other events</span>
        <span>shaded: a round of talks</span>
        {counted && <span>bars count only the events the chosen actors took part in</span>}
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
