import { formatNumber } from '../../lib/labels.ts';
import type { Chapter } from './chapters.ts';

/** `sticky` keeps the round in sight while its events scroll past (not inside the virtual list). */
export function ChapterHeading({ chapter, sticky = false }: { chapter: Chapter; sticky?: boolean }) {
  const count = chapter.events.length;
  const places = chapter.round?.places ?? [];
  return (
    <h3 className={`border-b border-slate-200 bg-white pb-1 pt-4 text-lg font-semibold ${sticky ? 'sticky top-0 z-10' : ''}`}>
      {chapter.label}{' '}
      <span className="text-sm font-normal text-slate-600">
        · {formatNumber(count)} {count === 1 ? 'event' : 'events'}
        {places.length > 0 && ` · talks in ${places.join(', ')}`}
      </span>
    </h3>
  );
}
