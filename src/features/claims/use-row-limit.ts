// Long lists show a first page and grow on request: thousands of table rows at once would
// hold up the whole page, and downloads carry every row anyway.
import { useState } from 'react';

export const FIRST_PAGE = 25;
export const NEXT_PAGE = 100;

export function useRowLimit<T>(rows: readonly T[]) {
  const [limit, setLimit] = useState(FIRST_PAGE);
  return {
    shown: rows.length > limit ? rows.slice(0, limit) : rows,
    hidden: Math.max(0, rows.length - limit),
    showMore: () => setLimit((current) => current + NEXT_PAGE),
  };
}
