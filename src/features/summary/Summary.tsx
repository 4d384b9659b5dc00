// One line under the title saying how much of the collection the filters leave in view:
// the articles, and the items of the view on screen.
import { formatCount, formatDate } from '../../lib/format-date.ts';
import type { FilteredIndex } from '../../lib/filter-index.ts';
import type { BundleIndex, CollectionName } from '../../schema/bundle.ts';
import { Skeleton } from '../../components/ui/Skeleton.tsx';
import { dateSpan } from './date-span.ts';

const plural = (count: number, one: string, many = `${one}s`) => `${formatCount(count)} ${count === 1 ? one : many}`;

type ViewCollection = Exclude<CollectionName, 'disagreements'>;

const ITEM_NAME: Record<ViewCollection, string> = { events: 'event', positions: 'position', claims: 'claim' };

export function Summary({
  index,
  filtered,
  shown,
  failed = false,
}: {
  index: BundleIndex | undefined;
  filtered: FilteredIndex | undefined;
  /** What the view on screen draws, once its data is here; null while it loads. */
  shown: ViewCollection | 'articles' | null;
  /** The data did not load: say so rather than show a placeholder forever. */
  failed?: boolean;
}) {
  if (failed && !index) return <p className="min-h-10 text-sm text-slate-700 sm:min-h-6">No data loaded.</p>;
  if (!index || !filtered || shown === null) {
    // Two lines on a phone, one on wider screens: the room the summary will take.
    return (
      <div className="flex h-10 items-start pt-1 sm:h-6">
        <Skeleton className="h-4 w-80 max-w-full" label="Loading summary" />
      </div>
    );
  }
  const span = dateSpan(filtered, shown);
  return (
    <p className="min-h-10 text-sm text-slate-700 sm:min-h-6" data-testid="summary">
      <strong>{formatCount(filtered.articles.length)}</strong> of {plural(index.articles.length, 'article')}
      {shown !== 'articles' && <> · {plural(filtered[shown].length, ITEM_NAME[shown])}</>} in view
      {span ? (
        <>
          {' '}
          · covering <time dateTime={span.first}>{formatDate(span.first)}</time> –{' '}
          <time dateTime={span.last}>{formatDate(span.last)}</time>
        </>
      ) : (
        ' · nothing dated in view'
      )}
    </p>
  );
}
