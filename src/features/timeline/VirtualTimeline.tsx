// Long timelines render only the rows on screen, so hundreds of events stay smooth.
// Rows are measured after rendering because entries differ in height.
import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Chapter } from './chapters.ts';
import { ChapterHeading } from './ChapterHeading.tsx';
import type { TalksEvent } from '../../schema/bundle.ts';

type Row = { kind: 'heading'; chapter: Chapter } | { kind: 'event'; event: TalksEvent };

export function VirtualTimeline({
  chapters,
  renderEvent,
}: {
  chapters: Chapter[];
  renderEvent: (event: TalksEvent) => React.ReactNode;
}) {
  const rows: Row[] = useMemo(
    () =>
      chapters.flatMap((chapter) => [
        { kind: 'heading' as const, chapter },
        ...chapter.events.map((event) => ({ kind: 'event' as const, event })),
      ]),
    [chapters],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'heading' ? 48 : 200),
    overscan: 6,
  });

  return (
    <div ref={scroller} className="h-[70vh] overflow-auto rounded border border-slate-200" tabIndex={0} role="region" aria-label="Events, scrollable">
      <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="absolute left-0 top-0 w-full px-3"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'heading' ? <ChapterHeading chapter={row.chapter} /> : renderEvent(row.event)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
