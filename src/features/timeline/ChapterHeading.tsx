import type { Chapter } from './chapters.ts';

export function ChapterHeading({ chapter }: { chapter: Chapter }) {
  const count = chapter.events.length;
  return (
    <h3 className="border-b border-slate-200 pb-1 pt-4 text-lg font-semibold">
      {chapter.year} <span className="text-sm font-normal text-slate-600">· {count} {count === 1 ? 'event' : 'events'}</span>
    </h3>
  );
}
