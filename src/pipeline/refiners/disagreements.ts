// Finds items that disagree and records them side by side, never picking a winner:
// - claim-figures: different claimants giving figures for one metric and subject in one
//   period (a third of a month) that cannot both be true;
// - claim-reports: articles giving one claimant's figure for one date differently;
// - event-date / event-place: talks that look like one round (shared participants) but
//   that articles date a few days apart, or place in different cities on the same days.
// Linear in the number of items: claims are bucketed by key, events by day.
import type { ArticleMeta, Claim, Disagreement, TalksEvent } from '../../schema/bundle.ts';
import { GAZETTEER } from '../actors/index.ts';
import { groupBy } from './group-by.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Two reports of one round dated further apart than this are taken to be two rounds. */
const MAX_DATE_GAP_DAYS = 3;
const DAY_MS = 86_400_000;

interface Items {
  claims: readonly Claim[];
  events: readonly TalksEvent[];
}

type Outlets = ReadonlyMap<string, string>;

export function findDisagreements(items: Items, articles: readonly Pick<ArticleMeta, 'id' | 'outlet'>[] = []): Disagreement[] {
  const outlets: Outlets = new Map(articles.map((article) => [article.id, article.outlet]));
  return [...claimFigures(items.claims), ...claimReports(items.claims, outlets), ...eventDisagreements(items.events, outlets)];
}

// ---------- claims ----------

/** The day a figure counts up to: its "as of" date when given, else the day it was claimed. */
const dayOf = (claim: Claim) => claim.asOf ?? claim.date;

/** "early March 2022", "mid-March 2022", "late March 2022". */
export function periodOf(isoDate: string): string {
  const day = Number(isoDate.slice(8, 10));
  const part = day <= 10 ? 'early ' : day <= 20 ? 'mid-' : 'late ';
  return `${part}${MONTHS[Number(isoDate.slice(5, 7)) - 1]} ${isoDate.slice(0, 4)}`;
}

const OPEN_ABOVE = /^(more than|over|at least|above|in excess of|upwards of|some \d|no fewer than|no less than)/i;
const OPEN_BELOW = /^(up to|fewer than|less than|under|below|at most|no more than|nearly|almost)/i;

/** The span of values a figure allows: "more than 10" allows 10 and above. */
function bounds(claim: Claim): [number, number] {
  const low = claim.value;
  const high = claim.valueHigh ?? claim.value;
  const qualifier = claim.qualifier ?? '';
  if (claim.valueHigh === null && OPEN_ABOVE.test(qualifier)) return [low, Infinity];
  if (claim.valueHigh === null && OPEN_BELOW.test(qualifier)) return [0, high];
  return [low, high];
}

const compatible = (a: Claim, b: Claim) => {
  const [aLow, aHigh] = bounds(a);
  const [bLow, bHigh] = bounds(b);
  return aLow <= bHigh && bLow <= aHigh;
};

const nameOf = (id: string) => (id === 'unattributed' ? 'An unnamed source' : (GAZETTEER.get(id)?.name ?? id));
const PLURAL_NAME = /\b(forces|troops|authorities|officials|services|ministries)$/i;
const says = (name: string) => `${name} ${PLURAL_NAME.test(name) ? 'say' : 'says'}`;

/** "17,200", "more than 2,000", "1,000–1,200". */
export function figureText(claim: Pick<Claim, 'value' | 'valueHigh' | 'qualifier'>): string {
  const number = (value: number) => String(value).replace(/^(\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));
  const figure = claim.valueHigh === null ? number(claim.value) : `${number(claim.value)}–${number(claim.valueHigh)}`;
  const qualifier = claim.qualifier && !(claim.valueHigh !== null && /^(between|from)$/i.test(claim.qualifier)) ? claim.qualifier : '';
  return qualifier ? `${qualifier} ${figure}` : figure;
}

const joinFigures = (claims: readonly Claim[]) => [...new Set(claims.map(figureText))].join(' and ');

function span(claims: readonly Claim[]): { from: string; to: string } {
  const days = claims.map(dayOf).sort();
  return { from: days[0]!, to: days.at(-1)! };
}

function claimFigures(claims: readonly Claim[]): Disagreement[] {
  const found: Disagreement[] = [];
  // Whose losses must be known on both sides: two figures about nobody in particular may count different things.
  const groups = groupBy(claims, (claim) => (claim.subject === null ? null : `${claim.metric}|${claim.subject}|${periodOf(dayOf(claim))}`));
  for (const group of groups.values()) {
    const byClaimant = groupBy(group, (claim) => claim.claimant);
    if (byClaimant.size < 2) continue;
    // Claimants whose figures cannot all be reconciled with another claimant's.
    const entries = [...byClaimant];
    const disputing = entries.filter(([name, own]) =>
      entries.some(([other, theirs]) => other !== name && own.some((a) => theirs.some((b) => !compatible(a, b)))),
    );
    if (disputing.length < 2) continue;
    const involved = disputing.flatMap(([, own]) => own);
    const first = involved[0]!;
    const words = disputing.map(([claimant, own]) => `${says(nameOf(claimant))} ${joinFigures(own)}`).join('; ');
    found.push({
      id: `dg-figures-${first.metric}-${first.subject}-${dayOf(first)}-${first.id}`,
      kind: 'claim-figures',
      items: involved.map((claim) => claim.id),
      metric: first.metric,
      subject: first.subject,
      ...span(involved),
      summary: `${words} — ${periodOf(dayOf(first))}`,
    });
  }
  return found;
}

const articlesOf = (item: { evidence: readonly { articleId: string }[] }) => new Set(item.evidence.map((e) => e.articleId));
const outletOf = (item: { evidence: readonly { articleId: string }[] }, outlets: Outlets) =>
  [...articlesOf(item)].map((id) => outlets.get(id) || id).join(', ');

function claimReports(claims: readonly Claim[], outlets: Outlets): Disagreement[] {
  const found: Disagreement[] = [];
  const groups = groupBy(claims, (claim) => (claim.claimant === 'unattributed' ? null : `${claim.claimant}|${claim.metric}|${claim.subject ?? ''}|${dayOf(claim)}`));
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Reports that differ and come from different articles: one article giving two figures is not a misreport.
    const differing = group.filter((a) => group.some((b) => b !== a && !compatible(a, b) && ![...articlesOf(a)].some((id) => articlesOf(b).has(id))));
    if (differing.length < 2) continue;
    const first = differing[0]!;
    const reports = differing.map((claim) => `${figureText(claim)} (${outletOf(claim, outlets)})`).join('; ');
    found.push({
      id: `dg-reports-${first.claimant}-${first.metric}-${dayOf(first)}-${first.id}`,
      kind: 'claim-reports',
      items: differing.map((claim) => claim.id),
      metric: first.metric,
      subject: first.subject,
      ...span(differing),
      summary: `Articles report ${nameOf(first.claimant)}'s figure for ${formatDay(dayOf(first))} differently: ${reports}`,
    });
  }
  return found;
}

// ---------- events ----------

function formatDay(isoDate: string): string {
  return `${Number(isoDate.slice(8, 10))} ${MONTHS[Number(isoDate.slice(5, 7)) - 1]} ${isoDate.slice(0, 4)}`;
}

const dayNumber = (isoDate: string) => Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/** Two reports that name the same sides: both name at least two parties in common, or the one party one of them names. */
function sameSides(a: TalksEvent, b: TalksEvent): boolean {
  const shared = a.participants.filter((id) => b.participants.includes(id)).length;
  return shared >= Math.min(2, a.participants.length, b.participants.length) && shared > 0;
}

function eventDisagreements(events: readonly TalksEvent[], outlets: Outlets): Disagreement[] {
  const talks = events.filter((event) => event.kind === 'talks');
  const byDay = groupBy(talks, (event) => String(dayNumber(event.date)));
  const found: Disagreement[] = [];
  const seen = new Set<string>();
  for (const a of talks) {
    const start = dayNumber(a.date);
    for (let day = start; day <= start + MAX_DATE_GAP_DAYS; day++) {
      for (const b of byDay.get(String(day)) ?? []) {
        if (b === a) continue;
        const pair = [a.id, b.id].sort().join('|');
        if (seen.has(pair)) continue;
        seen.add(pair);
        const disagreement = compareEvents(a, b, outlets);
        if (disagreement) found.push(disagreement);
      }
    }
  }
  return found;
}

function compareEvents(a: TalksEvent, b: TalksEvent, outlets: Outlets): Disagreement | null {
  if (!sameSides(a, b)) return null;
  // An article telling of both is telling of two sittings, not disagreeing with itself.
  if ([...articlesOf(a)].some((id) => articlesOf(b).has(id))) return null;
  const [first, second] = a.date <= b.date ? [a, b] : [b, a];
  const overlap = first.date <= (second.endDate ?? second.date) && second.date <= (first.endDate ?? first.date);
  const base = { items: [first.id, second.id], metric: null, subject: null, from: first.date, to: second.endDate ?? second.date };
  if (!overlap && first.place !== null && first.place === second.place) {
    return {
      ...base,
      id: `dg-date-${first.id}-${second.id}`,
      kind: 'event-date',
      summary: `Articles date the talks in ${first.place} differently: ${formatDay(first.date)} (${outletOf(first, outlets)}); ${formatDay(second.date)} (${outletOf(second, outlets)})`,
    };
  }
  if (overlap && first.place !== null && second.place !== null && first.place !== second.place) {
    return {
      ...base,
      id: `dg-place-${first.id}-${second.id}`,
      kind: 'event-place',
      summary: `Articles place the talks of ${formatDay(first.date)} differently: ${first.place} (${outletOf(first, outlets)}); ${second.place} (${outletOf(second, outlets)})`,
    };
  }
  return null;
}
