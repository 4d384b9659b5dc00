// One article's text, boilerplate ranges and actor mentions, fetched when the reader opens it.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ArticlePayload } from '../../schema/bundle.ts';

export async function getArticle(id: string, signal?: AbortSignal): Promise<ArticlePayload> {
  const response = await fetch(`${import.meta.env.BASE_URL}data/bundle/articles/${encodeURIComponent(id)}.json`, { signal });
  if (!response.ok) throw new Error(`The article could not be loaded (HTTP ${response.status}).`);
  const body: unknown = await response.json().catch(() => {
    throw new Error('The article file is missing or damaged.');
  });
  const parsed = ArticlePayload.safeParse(body);
  if (!parsed.success) throw new Error('The article file is not in the expected format.');
  const payload = parsed.data;
  if (payload.id !== id) throw new Error('The file loaded belongs to another article.');
  return payload;
}

export const articleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['article', id],
    queryFn: ({ signal }) => getArticle(id, signal),
    staleTime: Infinity,
  });

export function useArticle(id: string) {
  return useQuery(articleQueryOptions(id));
}
