// The articles passing the filters, newest first, each with how many items were read from it.
import type { IndexArticle } from '../../schema/bundle.ts';
import { formatDate } from '../../lib/labels.ts';

interface ArticleListProps {
  articles: readonly IndexArticle[];
  counts: ReadonlyMap<string, number>;
  openId: string | null;
  onOpen: (articleId: string) => void;
}

export function ArticleList({ articles, counts, openId, onOpen }: ArticleListProps) {
  const sorted = [...articles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title));
  if (sorted.length === 0) return <p className="text-sm">No articles match these filters.</p>;
  return (
    <ul aria-label="Articles" className="flex flex-col gap-1">
      {sorted.map((article) => {
        const count = counts.get(article.id) ?? 0;
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
  );
}
