// One event, however many sentences and articles report it: same kind (talks and
// meetings count as one kind), overlapping dates, and the same place or shared
// participants. The merged event keeps every piece of evidence.
import type { EventStatus, TalksEvent } from '../../schema/bundle.ts';
import { GAZETTEER } from '../actors/index.ts';
import { addDays } from '../reading/calendar.ts';
import { eventTitle } from '../extractors/event-title.ts';
import { byDateThenId, unionEvidence } from './evidence.ts';
import { rulesOf } from '../trace.ts';

const COUNTRY_OF: Record<string, string> = {
  Istanbul: 'Türkiye', Antalya: 'Türkiye', Ankara: 'Türkiye', Turkey: 'Türkiye', Turkiye: 'Türkiye',
  Minsk: 'Belarus', Gomel: 'Belarus', Brest: 'Belarus', Moscow: 'Russia', Sochi: 'Russia', Kyiv: 'Ukraine',
};
const COUNTRIES = new Set(['Türkiye', 'Turkey', 'Turkiye', 'Belarus', 'Russia', 'Ukraine', 'Saudi Arabia', 'Switzerland', 'Qatar', 'Hungary', 'Poland']);
const JOINT_KINDS = new Set<TalksEvent['kind']>(['talks', 'meeting', 'call', 'prisoner-exchange', 'other']);
/** Events the sides take part in together, whose reports may name no one and still be the one event. */
const SHARED_KINDS = new Set<TalksEvent['kind']>(['talks', 'meeting', 'call', 'prisoner-exchange']);
const STATUS_RANK: Record<EventStatus, number> = { agreed: 0, held: 1, issued: 2, planned: 3, proposed: 4 };
const BASIS_RANK = { explicit: 0, relative: 1, publication: 2 } as const;

export function mergeEvents(events: TalksEvent[]): TalksEvent[] {
  // Groups are indexed by kind and by each day they cover, so an event is compared only with
  // groups within a day of it: linear in the number of events, not quadratic.
  const byDay = new Map<string, Set<TalksEvent[]>>();
  const groups = new Set<TalksEvent[]>();
  for (const event of [...events].sort(byBasisThenDate)) {
    const nearby = new Set<TalksEvent[]>();
    for (const key of dayKeys(event, 1)) for (const group of byDay.get(key) ?? []) nearby.add(group);
    // An event may join two groups that did not match each other: they become one.
    const matching = [...nearby].filter((members) => members.some((member) => sameEvent(member, event)));
    // The largest group takes in the others, so only the members of smaller groups are filed
    // anew: rebuilding the whole group each time made an event reported n times cost n².
    const target = matching.reduce<TalksEvent[] | null>((largest, group) => (largest && largest.length >= group.length ? largest : group), null) ?? [];
    if (target.length === 0) groups.add(target);
    for (const old of matching) {
      if (old === target) continue;
      groups.delete(old);
      for (const member of old) {
        for (const key of dayKeys(member, 0)) {
          byDay.get(key)?.delete(old);
          fileUnder(byDay, key, target);
        }
        target.push(member);
      }
    }
    target.push(event);
    for (const key of dayKeys(event, 0)) fileUnder(byDay, key, target);
  }
  // Event ids are unique, so this order (which picks each group's lead) does not depend on merge order.
  return [...groups].map((members) => combine(members.sort(byBasisThenDate))).sort(byDateThenId);
}

function fileUnder(byDay: Map<string, Set<TalksEvent[]>>, key: string, group: TalksEvent[]): void {
  const set = byDay.get(key);
  if (set) set.add(group);
  else byDay.set(key, new Set([group]));
}

const DAY_MS = 86_400_000;

/** "talks|<day>" for every day the event covers, widened by `margin` days each side. */
function dayKeys(event: TalksEvent, margin: number): string[] {
  const first = Date.parse(`${event.date}T00:00:00Z`) - margin * DAY_MS;
  const last = Date.parse(`${event.endDate ?? event.date}T00:00:00Z`) + margin * DAY_MS;
  const group = kindGroup(event.kind);
  const keys: string[] = [];
  // Extracted spans are a weekend or a week at most, so this stays a handful of keys.
  for (let day = first; day <= last; day += DAY_MS) {
    // The day as a number of milliseconds: one key per day as its date would be, without formatting a date.
    keys.push(`${group}|${day}`);
  }
  return keys;
}

function sameEvent(a: TalksEvent, b: TalksEvent): boolean {
  if (kindGroup(a.kind) !== kindGroup(b.kind)) return false;
  const places = placesAgree(a.place, b.place);
  if (!datesOverlap(a, b)) return places === 'same' && a.place !== null && !COUNTRIES.has(a.place) && nextDayInSameArticle(a, b);
  if (places === 'differ') return false;
  // "Start of the war" told by two articles on the same day: one event, whoever each names.
  if (a.kind === 'other' && b.kind === 'other' && labelOf(a) === labelOf(b) && a.date === b.date) return true;
  // Two meetings in one city whose sides share no one are two meetings: a ministers' meeting
  // and a bilateral one on its sidelines.
  if (a.kind === 'meeting' && b.kind === 'meeting' && a.participants.length > 0 && b.participants.length > 0 && !sidesMeet(a, b)) return false;
  // "their earlier round on 3 March": an event that names neither place nor sides is the one
  // reported that day; one article telling of one kind of event twice on a day tells of one.
  // Not statements or other one-sided acts: two speakers on one day made two statements.
  if (SHARED_KINDS.has(a.kind) && SHARED_KINDS.has(b.kind) && (isBare(a) || isBare(b) || (a.kind === b.kind && a.date === b.date && sameArticle(a, b)))) {
    return !isLongSpan(a) && !isLongSpan(b);
  }
  // A week-long span overlaps much; it joins another report only where both name the place.
  if (places === 'unknown' && (isLongSpan(a) || isLongSpan(b))) return false;
  const shared = a.participants.some((actor) => b.participants.includes(actor));
  return places === 'same' || shared;
}

/** An 'other' event's title word, before the sides and the place ("Start of the war"). */
function labelOf(event: TalksEvent): string {
  return event.title.split(/ (?:between|by|with|in) /)[0]!;
}

function isBare(event: TalksEvent): boolean {
  return event.place === null && event.participants.length === 0;
}

function sameArticle(a: TalksEvent, b: TalksEvent): boolean {
  return a.evidence.some((e) => b.evidence.some((f) => f.articleId === e.articleId));
}

/** Whether two events share a side, a person counting as the party they speak for. */
function sidesMeet(a: TalksEvent, b: TalksEvent): boolean {
  const side = (id: string) => GAZETTEER.get(id)?.party ?? id;
  const sides = new Set(a.participants.map(side));
  return b.participants.some((id) => sides.has(side(id)));
}

function isLongSpan(event: TalksEvent): boolean {
  return event.endDate !== null && Date.parse(event.endDate) - Date.parse(event.date) > 2 * 86_400_000;
}

function datesOverlap(a: TalksEvent, b: TalksEvent): boolean {
  return a.date <= (b.endDate ?? b.date) && b.date <= (a.endDate ?? a.date);
}

/** One article telling of a meeting in a city on two days running: a two-day meeting. */
function nextDayInSameArticle(a: TalksEvent, b: TalksEvent): boolean {
  if (a.kind !== b.kind || !a.evidence.some((e) => b.evidence.some((f) => f.articleId === e.articleId))) return false;
  return addDays(a.endDate ?? a.date, 1) === b.date || addDays(b.endDate ?? b.date, 1) === a.date;
}

function kindGroup(kind: TalksEvent['kind']): string {
  return kind === 'meeting' ? 'talks' : kind;
}

function placesAgree(a: string | null, b: string | null): 'same' | 'unknown' | 'differ' {
  if (!a || !b) return 'unknown';
  if (a === b) return 'same';
  // A city and the country it lies in name the same place at different zoom.
  const oneIsCountry = COUNTRIES.has(a) || COUNTRIES.has(b);
  return oneIsCountry && countryOf(a) === countryOf(b) ? 'same' : 'differ';
}

function countryOf(place: string): string {
  return COUNTRY_OF[place] ?? place;
}

function combine(members: TalksEvent[]): TalksEvent {
  const lead = members[0]!;
  if (members.length === 1) return lead;
  const rules = [...new Set(members.flatMap((m) => rulesOf(m)))];
  const cities = members.map((m) => m.place).filter((p): p is string => p !== null && !COUNTRIES.has(p));
  const place = cities[0] ?? members.find((m) => m.place)?.place ?? null;
  const ranked = rankedParticipants(members);
  // A one-sided event (statement, ultimatum …) keeps its author first.
  const author = JOINT_KINDS.has(lead.kind) ? undefined : lead.participants[0];
  const participants = author ? [author, ...ranked.filter((id) => id !== author)] : ranked;
  // Talks that one report calls "the meeting" are still talks.
  const kind = lead.kind === 'meeting' && members.some((m) => m.kind === 'talks') ? 'talks' : lead.kind;
  return {
    ...lead,
    kind,
    // An 'other' event's title names what it was ("Start of the war"); the kind alone cannot.
    title: kind === 'other' ? lead.title : eventTitle(kind, participants, place, GAZETTEER),
    place,
    date: members.reduce((first, m) => (m.date < first ? m.date : first), lead.date),
    endDate: lastDay(members),
    participants,
    status: [...members].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status])[0]!.status,
    evidence: unionEvidence(members.map((m) => m.evidence)),
    // The rules that made each report, then this refiner's.
    ...(rules.length > 0 ? { rules: [...rules, 'refiners/merge-events'] } : {}),
  };
}

/** Participants named by most reports first; states and bodies before people on a tie. */
function rankedParticipants(members: TalksEvent[]): string[] {
  const counts = new Map<string, number>();
  for (const id of members.flatMap((m) => m.participants)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || isPerson(a) - isPerson(b));
}

function isPerson(id: string): number {
  return GAZETTEER.get(id)?.kind === 'person' ? 1 : 0;
}

function lastDay(members: TalksEvent[]): string | null {
  const first = members.reduce((d, m) => (m.date < d ? m.date : d), members[0]!.date);
  const last = members.reduce((d, m) => ((m.endDate ?? m.date) > d ? (m.endDate ?? m.date) : d), first);
  return last > first ? last : null;
}

/** Written-out dates lead a group, then those read from words, then publication dates. */
function byBasisThenDate(a: TalksEvent, b: TalksEvent): number {
  return BASIS_RANK[a.dateBasis.kind] - BASIS_RANK[b.dateBasis.kind] || byDateThenId(a, b);
}
