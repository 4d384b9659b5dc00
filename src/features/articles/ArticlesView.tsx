// The article reader: the filtered list of articles, and the open one with its evidence marked.
import type { ViewProps } from '../../lib/view-props.ts';
import { ArticleList } from './ArticleList.tsx';
import { ArticleReader } from './ArticleReader.tsx';

export function ArticlesView({ index, filtered, view, setView }: ViewProps) {
  const open = view.article;
  const openArticle = open ? index.articles.find((article) => article.id === open) : undefined;

  return (
    <section aria-labelledby="articles-heading" className="p-4">
      <h2 id="articles-heading" className="mb-2 text-xl font-semibold">
        Articles
      </h2>
      <div className="flex flex-col gap-4 md:flex-row">
        {/* On a phone the open article comes first; the list follows it. */}
        <div className={`md:order-1 md:w-80 md:shrink-0 ${open ? 'order-2' : 'order-1'}`}>
          <ArticleList
            articles={filtered.articles}
            openId={open}
            onOpen={(articleId) => setView({ article: articleId, focus: null })}
          />
        </div>
        <div className={`min-w-0 flex-1 md:order-2 ${open ? 'order-1' : 'order-2'}`}>
          {open ? (
            <ArticleReader
              key={open}
              index={index}
              article={openArticle}
              articleId={open}
              focusId={view.focus}
              onSelectItem={(itemId) => setView({ focus: itemId })}
            />
          ) : (
            <p className="text-gray-700">Choose an article to read it with every extracted item marked.</p>
          )}
        </div>
      </div>
    </section>
  );
}
