// One article, loaded on demand: its text with every extracted span marked, and beside it
// (under it on narrow screens) the list of what was read from it.
import { useMemo } from 'react';
import type { BundleIndex, IndexArticle } from '../../schema/bundle.ts';
import { CopyLinkButton } from '../../lib/export/CopyLinkButton.tsx';
import { formatDate } from '../../lib/labels.ts';
import { articleItems } from './article-items.ts';
import { ArticleText, HighlightKey } from './ArticleText.tsx';
import { useArticle } from './get-article.ts';
import { ItemPanel } from './ItemPanel.tsx';
import { sentenceAround } from './sentence-around.ts';
import { useFocusEvidence } from './use-focus-evidence.ts';
import { withEvidenceFocus } from './evidence-focus.ts';

interface ArticleReaderProps {
  index: BundleIndex;
  article: IndexArticle | undefined;
  articleId: string;
  focusId: string | null;
  onSelectItem: (itemId: string) => void;
}

export function ArticleReader({ index, article, articleId, focusId, onSelectItem }: ArticleReaderProps) {
  const query = useArticle(articleId);
  const allItems = useMemo(
    () => (query.data ? articleItems(index, articleId, query.data) : null),
    [index, articleId, query.data],
  );
  // A focus may name one sentence of an item; the text then marks that span as the focus.
  const focused = useMemo(() => (allItems ? withEvidenceFocus(allItems, focusId) : null), [allItems, focusId]);
  const items = focused?.items ?? null;
  const { targetRef, announcement } = useFocusEvidence(focusId, items);
  // A link may name an item this article does not hold (a typo, or data rebuilt since).
  const focusMissing = focusId !== null && items !== null && !items.some((item) => item.id === focusId);
  const focusSentence = useMemo(() => {
    const span = items?.find((item) => item.id === focusId)?.spans[0];
    return span && query.data ? sentenceAround(query.data.text, span.start, span.end) : null;
  }, [items, focusId, query.data]);

  return (
    <article aria-labelledby="reader-title" className="flex min-w-0 flex-col gap-3">
      <header>
        <h3 id="reader-title" className="text-lg font-semibold">
          {article?.title ?? articleId}
        </h3>
        {article && (
          <p className="text-sm text-gray-700">
            {article.outlet} · <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
          </p>
        )}
        {article?.dateNote && <p className="text-sm text-gray-600">Date note: {article.dateNote}</p>}
        {article?.url && /^https?:\/\//i.test(article.url) && (
          <p className="text-sm">
            <a href={article.url} rel="noopener noreferrer" target="_blank" className="text-blue-800 underline">
              Original article (opens a new tab)
            </a>
          </p>
        )}
        <CopyLinkButton label={focusId ? 'Copy link to this sentence' : 'Copy link to this article'} className="mt-2" />
      </header>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {focusMissing && (
        <p role="status" className="rounded border border-oi-orange bg-amber-50 p-2 text-sm">
          The link names an item (<code className="break-all">{focusId}</code>) that this article does not contain; the
          article is shown without it.
        </p>
      )}
      {query.isPending && <p className="text-gray-700">Loading article…</p>}
      {query.isError && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3">
          <p>This article could not be loaded. {query.error.message}</p>
          <button type="button" className="mt-2 rounded border border-gray-400 bg-white px-2 py-1" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      )}
      {query.data && items && (
        <div className="flex flex-col gap-4 lg:flex-row">
          <div className="flex min-w-0 flex-col gap-2 lg:flex-[2]">
            <HighlightKey />
            <ArticleText
              text={query.data.text}
              boilerplate={query.data.boilerplate}
              items={items}
              focusId={focusId}
              focusSentence={focusSentence}
              focusRef={targetRef}
            />
          </div>
          <div className="min-w-0 lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:flex-1 lg:self-start lg:overflow-y-auto">
            <ItemPanel items={allItems!} focusId={focused?.itemId ?? focusId} onSelect={onSelectItem} />
          </div>
        </div>
      )}
    </article>
  );
}
