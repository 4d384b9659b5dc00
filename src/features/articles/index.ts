export { ArticlesView } from './ArticlesView.tsx';
export { articleQueryOptions, useArticle, getArticle } from './get-article.ts';
