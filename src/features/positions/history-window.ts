// Which part of a long history an opened cell lists. A party can make a thousand statements
// on one topic in a large corpus; listing them all in every cell made the page unusable, so a
// cell lists the most recent few and the rest on request.
import { formatCount } from '../../lib/labels.ts';

/** How many of the latest statements an opened history lists before "Show all". */
export const RECENT_STATEMENTS = 10;

/**
 * Index of the first statement listed (history is oldest first). A shared link may point at
 * an older statement: the window then reaches back to it, so the reader finds what was linked.
 */
export function firstListed(history: readonly { id: string }[], focus: string | null, showAll: boolean): number {
  if (showAll) return 0;
  const recentStart = Math.max(0, history.length - RECENT_STATEMENTS);
  const focusIndex = focus === null ? -1 : history.findIndex((position) => position.id === focus);
  return focusIndex >= 0 ? Math.min(recentStart, focusIndex) : recentStart;
}

/** "1 statement", "1,432 statements": long histories are read at a glance. */
export const statements = (count: number) => `${formatCount(count)} ${count === 1 ? 'statement' : 'statements'}`;
