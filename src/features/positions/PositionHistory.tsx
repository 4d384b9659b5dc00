// "How it changed": every statement behind a cell, behind a disclosure. The list is only
// rendered while open — on a large corpus the closed histories were most of the page's DOM.
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/ui/Button.tsx';
import { formatCount, formatDate } from '../../lib/labels.ts';
import type { ViewState } from '../../lib/view-state.ts';
import type { Position } from '../../schema/bundle.ts';
import { EvidenceButton } from './EvidenceButton.tsx';
import { firstListed, statements } from './history-window.ts';
import { StanceLabel } from './StanceLabel.tsx';

export function PositionHistory({
  history,
  what,
  focus,
  setView,
}: {
  /** Oldest first, as in the matrix. */
  history: Position[];
  /** "Ukraine on Ceasefire": names the list and each "Show source" for screen readers. */
  what: string;
  focus: string | null;
  setView: (patch: Partial<ViewState>) => void;
}) {
  const [open, setOpen] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  // "Show all" removes itself; the keyboard then goes to the list it revealed, not to the page top.
  const focusListNext = useRef(false);
  useEffect(() => {
    if (showAll && focusListNext.current) {
      focusListNext.current = false;
      listRef.current?.focus();
    }
  }, [showAll]);

  const first = open ? firstListed(history, focus, showAll) : 0;
  return (
    <details className="text-xs" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-slate-700 focus-visible:outline-2 focus-visible:outline-oi-blue">
        How it changed ({statements(history.length)})
      </summary>
      {open && (
        <>
          {first > 0 && (
            <p className="mt-1 text-slate-600">
              Showing the latest {formatCount(history.length - first)} of {formatCount(history.length)}.{' '}
              <Button
                look="link"
                onClick={() => {
                  focusListNext.current = true;
                  setShowAll(true);
                }}
              >
                Show all {statements(history.length)}
              </Button>
            </p>
          )}
          <ol
            ref={listRef}
            tabIndex={-1}
            aria-label={`Statements by ${what}, oldest first`}
            className="mt-1 space-y-1 border-l-2 border-slate-200 pl-2 focus-visible:outline-2 focus-visible:outline-oi-blue"
          >
            {history.slice(first).map((position) => (
              <li key={position.id} aria-current={position.id === focus ? 'true' : undefined} className={position.id === focus ? 'outline outline-2 outline-oi-orange' : undefined}>
                <time dateTime={position.date}>{formatDate(position.date)}</time>: <StanceLabel stance={position.stance} /> —{' '}
                {position.summary} <EvidenceButton position={position} setView={setView} what={`${what}, ${position.date}`} />
              </li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}
