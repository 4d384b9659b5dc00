// The words a newsroom graphic opens with: a question, the answer as the headline, one line
// of standfirst and where it all comes from. Worked out from the data, never written in.
import { datasetVersion } from '../../lib/export/credit-line.ts';
import { formatDate, formatNumber } from '../../lib/labels.ts';
import type { IndexArticle } from '../../schema/bundle.ts';
import { pauses, type Pause, type Round } from './chapters.ts';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number) => NUMBER_WORDS[n] ?? String(n);

export const QUESTION = 'When did the sides sit down to talk?';

export function headline(rounds: readonly Round[]): string {
  if (rounds.length === 0) return 'The articles report no talks or meetings';
  if (rounds.length === 1) return `In one round of talks, ${rounds[0]!.label}`;
  const longest = pauses(rounds).reduce<Pause | null>((best, pause) => (best && best.days >= pause.days ? best : pause), null);
  const labels = rounds.length === 2 ? `${rounds[0]!.label} and ${rounds[1]!.label}` : `${rounds[0]!.label} to ${rounds.at(-1)!.label}`;
  const apart = longest ? (rounds.length === 2 ? `, ${longest.length} apart` : `; the longest pause lasted ${longest.length}`) : '';
  return `In ${inWords(rounds.length)} rounds of talks, ${labels}${apart}`;
}

export function standfirst(shown: number, total: number, articles: number, from: string | null, to: string | null): string {
  const events = (n: number) => `${formatNumber(n)} ${n === 1 ? 'event' : 'events'}`;
  const range = from && to ? `, ${formatDate(from)} to ${formatDate(to)}` : from ? `, from ${formatDate(from)} on` : to ? `, up to ${formatDate(to)}` : '';
  const what = shown === total ? events(total) : `${events(shown)} of ${formatNumber(total)}${range}${range ? ',' : ''}`;
  return `${what} reported in ${formatNumber(articles)} ${articles === 1 ? 'article' : 'articles'}: talks, calls, statements and deadlines, each linked to the sentence it was read from.`;
}

export function sourceLine(articles: readonly Pick<IndexArticle, 'outlet' | 'publishedAt'>[]): string {
  const outlets = [...new Set(articles.map((article) => article.outlet))].sort();
  const named = outlets.slice(0, 4).join('; ');
  const more = outlets.length > 4 ? ` and ${outlets.length - 4} more` : '';
  return `Source: ${named || 'no articles'}${more}. Peace Talks Tracker dataset ${datasetVersion(articles)}.`;
}
