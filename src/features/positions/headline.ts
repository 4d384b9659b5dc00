// The words around the matrix: a headline that answers "where do the sides stand?", a
// standfirst saying what is shown, and the line naming the sources.
import { formatCount, formatDate } from '../../lib/labels.ts';
import type { IndexArticle } from '../../schema/bundle.ts';
import { cellKey, type Matrix } from './matrix.ts';

const plural = (count: number, one: string, many = `${one}s`) => `${formatCount(count)} ${count === 1 ? one : many}`;

/** "Ukraine and Russia take opposite sides on 3 of the 4 propositions both have stated". */
export function headline(matrix: Matrix): string {
  const [first, second] = matrix.parties;
  if (!first) return 'No stated positions in view';
  if (!second) return `${first.actor.name}'s stated positions on ${plural(matrix.propositions.length, 'proposition')}`;
  let both = 0;
  let opposite = 0;
  let same = 0;
  for (const proposition of matrix.propositions) {
    const a = matrix.cells.get(cellKey(proposition, first.actor.id))?.at(-1)?.stance;
    const b = matrix.cells.get(cellKey(proposition, second.actor.id))?.at(-1)?.stance;
    if (!a || !b) continue;
    both += 1;
    if ((a === 'for' && b === 'against') || (a === 'against' && b === 'for')) opposite += 1;
    else if (a === b) same += 1;
  }
  const pair = `${first.actor.name} and ${second.actor.name}`;
  if (both === 0) return `${pair} have not stated positions on the same proposition`;
  const every = both === 1 ? 'the one proposition' : `each of the ${formatCount(both)} propositions`;
  if (opposite > 0 && opposite === both) return `${pair} take opposite sides on ${every} both have stated`;
  if (opposite > 0) return `${pair} take opposite sides on ${formatCount(opposite)} of the ${plural(both, 'proposition')} both have stated`;
  if (same === both) return `${pair} state the same stance on ${every} both have stated`;
  return `${pair} state the same stance on ${formatCount(same)} of the ${plural(both, 'proposition')} both have stated`;
}

export function standfirst(from: string | null, to: string | null): string {
  const span = from && to ? `between ${formatDate(from)} and ${formatDate(to)}` : from ? `since ${formatDate(from)}` : to ? `up to ${formatDate(to)}` : 'in the articles';
  return `The latest stance each party stated ${span}. People's words are filed under the party they speak for; commentators and analysts are not shown. Select a cell for the statement, its history and its source.`;
}

/** The articles in view, by the filters the statements passed: counting them needs no pass over every statement. */
export function sourceLine(sources: readonly IndexArticle[]): string {
  const outlets = [...new Set(sources.map((article) => article.outlet))].sort();
  const named = outlets.slice(0, 4).join(', ');
  const more = outlets.length > 4 ? ` and ${formatCount(outlets.length - 4)} more` : '';
  return `Source: statements reported in the ${plural(sources.length, 'article')} in view${outlets.length > 0 ? ` (${named}${more})` : ''}, read by the Peace Talks Tracker.`;
}
