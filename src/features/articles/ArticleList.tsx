// The articles passing the filters, newest first, each with how many items were read from it
// (all of them: the filters choose articles, not what the reader shows inside one).
import { useState } from 'react';
import type { IndexArticle } from '../../schema/bundle.ts';
import { compareCodeUnits, compareNames } from '../../lib/compare-text.ts';
import { formatDate } from '../../lib/labels.ts';

interface ArticleListProps {
  articles: readonly IndexArticle[];
  openId: string | null;
  onOpen: (articleId: string) => void;
}

const FIRST_PAGE = 50;
const NEXT_PAGE = 200;

export function ArticleList({ articles, openId, onOpen }: ArticleListProps) {
  // Thousands of entries at once would hold up the page: show a first page, grow on request.
  const [limit, setLimit] = useState(FIRST_PAGE);
  const sorted = [...articles].sort((a, b) => compareCodeUnits(b.publishedAt, a.publishedAt) || compareNames(a.title, b.title));
  if (sorted.length === 0) return <p className="text-sm">No articles match these filters.</p>;
  const hidden = sorted.length - limit;
  return (
    <>
      <ul aria-label="Articles" className="flex flex-col gap-1">
        {sorted.slice(0, limit).map((article) => {
          const count = article.items;
          return (
            <li key={article.id}>
              <button
                type="button"
                aria-current={article.id === openId ? 'true' : undefined}
                onClick={() => onOpen(article.id)}
                className={`w-full rounded px-2 py-1.5 text-left hover:bg-gray-100 ${
                  article.id === openId ? 'bg-blue-50 ring-1 ring-blue-700' : ''
                }`}
              >
                <span className="block font-medium">{article.title}</span>
                <span className="block text-sm text-gray-700">
                  {article.outlet} · <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time> ·{' '}
                  {count} {count === 1 ? 'item' : 'items'}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <button type="button" className="mt-2 text-sm text-blue-800 underline" onClick={() => setLimit(limit + NEXT_PAGE)}>
          Show {Math.min(hidden, NEXT_PAGE)} more of {hidden} articles
        </button>
      )}
    </>
  );
}
