// Scores a bundle against a labelled set's truth.json, figure for figure as the dev set's
// score.py does: same kinds, same matching, same gross-error checks, same summary line.
// The bundle is read as plain JSON (what `npm run data` writes), so a missing field and a
// null one behave alike, as they do in Python.
/* eslint-disable @typescript-eslint/no-explicit-any */

export const KINDS = ['claims', 'claims_attributed', 'claims_prec', 'actors', 'quotes', 'events'] as const;
export type Kind = (typeof KINDS)[number];
export type Tally = Record<Kind, [found: number, total: number]>;

const COLLECTIONS = ['events', 'positions', 'claims', 'quotes', 'mentions'] as const;
const WORD = '[\\p{L}\\p{N}_]';
const GROSS: [metric: string, pattern: RegExp, what: string][] = [
  ['killed', new RegExp(`refugee|(?<!${WORD})fled(?!${WORD})|(?<!${WORD})flee|displac|uproot|stranded`, 'iu'), 'a killed figure from a sentence about people fleeing'],
  ['tanks', /fuel tanks?/iu, "tanks from 'fuel tanks'"],
];
const NOT_PEOPLE = new Set(['united-states', 'united-kingdom', 'united-nations', 'european-union']);

type Json = any;

export interface Score {
  tally: Tally;
  spansChecked: number;
  spanProblems: string[];
  gross: string[];
  /** Per-article miss lists, in truth order (printed with --verbose). */
  misses: { file: string; lines: string[] }[];
}

export function emptyScore(): Score {
  const tally = Object.fromEntries(KINDS.map((kind) => [kind, [0, 0]])) as Tally;
  return { tally, spansChecked: 0, spanProblems: [], gross: [], misses: [] };
}

/** Python's str() for the values a bundle holds. */
export const pyStr = (value: unknown): string =>
  value === null || value === undefined ? 'None' : value === true ? 'True' : value === false ? 'False' : String(value);

/** Python's repr() of a string (single quotes unless the string holds one and no double quote). */
export function pyRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  const body = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
}

/** A Python list of strings as printed: ['a', 'b']. */
const pyList = (values: Iterable<string>): string => `[${[...new Set(values)].sort(byCodePoint).map(pyRepr).join(', ')}]`;

function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** The first `n` characters (code points, as Python slices). */
const head = (value: unknown, n: number): string => [...String(value ?? '')].slice(0, n).join('');

const get = (item: Json, key: string): Json => (item === null || typeof item !== 'object' ? null : (item[key] ?? null));

export function evidenceOf(item: Json): Json[] {
  const evidence = get(item, 'evidence');
  if (!evidence) return [];
  return Array.isArray(evidence) ? evidence : [evidence];
}

/** Every evidence span indexes its article's text exactly, in UTF-16 code units. */
export function checkSpans(bundle: Json): { checked: number; problems: string[] } {
  const texts = new Map<string, string>((get(bundle, 'articles') ?? []).map((a: Json) => [a.id, a.text ?? '']));
  let checked = 0;
  const problems: string[] = [];
  for (const collection of COLLECTIONS) {
    for (const item of get(bundle, collection) ?? []) {
      for (const ev of evidenceOf(item)) {
        checked += 1;
        const text = texts.get(get(ev, 'articleId'));
        const start = ev.start ?? 0;
        const end = ev.end ?? 0;
        if (text === undefined || text.slice(start, end) !== ev.quote) {
          problems.push(`${collection}: span ${start}-${end} of ${pyStr(ev.articleId)} != ${pyRepr(head(ev.quote, 40))}`);
        }
      }
    }
  }
  return { checked, problems };
}

function itemsInArticle(bundle: Json, collection: string, articleId: string): Json[] {
  return (get(bundle, collection) ?? []).filter((item: Json) => evidenceOf(item).some((ev) => get(ev, 'articleId') === articleId));
}

/** Lower case, every run of non-word characters (and underscores) one space, trimmed. */
export const norm = (value: unknown): string => pyStr(value).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const surname = (id: unknown): string => pyStr(id).split('-').at(-1)!;

export function sameActor(a: unknown, b: unknown): boolean {
  if ((a ?? null) === (b ?? null)) return true;
  return pyStr(a).includes('-') && pyStr(b).includes('-') && surname(a) === surname(b) && !NOT_PEOPLE.has(pyStr(a));
}

function sameClaimant(truth: Json, got: Json, article: Json, parties: Map<string, Json>): boolean {
  if (truth === 'officials' || truth === 'unattributed' || truth === null) return true;
  if (sameActor(truth, got)) return true;
  const country = new Map<string, Json>((article.actors ?? []).map((a: Json) => [a.id, get(a, 'country')]));
  const countryOf = country.get(truth) ?? null;
  const partyOf = parties.get(got) ?? null;
  return got === countryOf || partyOf === truth || (partyOf !== null && partyOf === countryOf);
}

const counted = (items: Json[] | undefined): number => (items ?? []).filter((item) => !get(item, 'optional')).length;
const basename = (file: string): string => file.split('/').at(-1)!;

/** Adds one set's figures to `score`. `bundle` is the bundle as JSON; `truth` the set's truth.json. */
export function scoreSet(bundle: Json, truth: Json, score: Score): void {
  const spans = checkSpans(bundle);
  score.spansChecked += spans.checked;
  score.spanProblems.push(...spans.problems);
  const { tally } = score;
  const parties = new Map<string, Json>((get(bundle, 'actors') ?? []).map((a: Json) => [a.id, get(a, 'party')]));
  for (const art of truth.articles) {
    const log: string[] = [];
    const found = (get(bundle, 'articles') ?? []).find((a: Json) => pyStr(a.file ?? '').endsWith(basename(art.file)));
    if (!found) {
      log.push('  article missing from the bundle');
      tally.claims[1] += counted(art.numericClaims);
      tally.claims_attributed[1] += counted(art.numericClaims);
      tally.actors[1] += counted(art.actors);
      tally.quotes[1] += counted(art.quotes);
      tally.events[1] += counted(art.events);
    } else {
      const id: string = found.id;
      scoreClaims(itemsInArticle(bundle, 'claims', id), art, parties, score, log);
      scoreActors(bundle, id, art, tally, log);
      scoreQuotes(itemsInArticle(bundle, 'quotes', id), art, tally, log);
      scoreEvents(itemsInArticle(bundle, 'events', id), art, tally, log);
    }
    if (log.length > 0) score.misses.push({ file: art.file, lines: log });
  }
}

function metricMatches(truth: Json, item: Json): boolean {
  return truth.metric === 'other' || get(item, 'metric') === truth.metric;
}

function scoreClaims(claims: Json[], art: Json, parties: Map<string, Json>, score: Score, log: string[]): void {
  const { tally } = score;
  for (const c of art.numericClaims ?? []) {
    if (get(c, 'optional')) continue;
    tally.claims[1] += 1;
    tally.claims_attributed[1] += 1;
    const hits = claims.filter((x) => get(x, 'value') === c.value && metricMatches(c, x));
    if (hits.length > 0) tally.claims[0] += 1;
    if (hits.some((x) => sameClaimant(get(c, 'claimant'), get(x, 'claimant'), art, parties))) {
      tally.claims_attributed[0] += 1;
    } else if (hits.length > 0) {
      const got = pyList(hits.map((x) => pyStr(get(x, 'claimant'))));
      log.push(`  claimant: ${pyStr(c.value)} ${c.metric}: truth ${pyStr(get(c, 'claimant'))}, bundle ${got}  | ${head(c.quote, 70)}`);
    } else {
      log.push(`  claim missed: ${pyStr(c.value)} ${c.metric} (${pyStr(get(c, 'claimant'))})  | ${head(c.quote, 80)}`);
    }
  }
  const truthClaims: Json[] = art.numericClaims ?? [];
  for (const x of claims) {
    tally.claims_prec[1] += 1;
    const value = get(x, 'value');
    if (truthClaims.some((c) => (value === c.value || value === get(c, 'valueHigh')) && metricMatches(c, x))) {
      tally.claims_prec[0] += 1;
    } else {
      const quote = get(evidenceOf(x)[0], 'quote') ?? '';
      log.push(`  claim not in truth: ${pyStr(value)} ${pyStr(get(x, 'metric'))} (${pyStr(get(x, 'claimant'))})  | ${head(quote, 80)}`);
    }
    for (const [metric, pattern, what] of GROSS) {
      if (get(x, 'metric') === metric && pattern.test(pyStr(get(evidenceOf(x)[0], 'quote') ?? ''))) {
        score.gross.push(`${art.file}: ${what}: ${pyStr(value)}`);
      }
    }
  }
}

function scoreActors(bundle: Json, id: string, art: Json, tally: Tally, log: string[]): void {
  const seen = new Set<Json>();
  for (const collection of COLLECTIONS) {
    for (const item of itemsInArticle(bundle, collection, id)) {
      for (const key of ['actor', 'speaker', 'claimant']) if (get(item, key)) seen.add(item[key]);
      for (const participant of get(item, 'participants') ?? []) seen.add(participant);
    }
  }
  for (const actor of art.actors ?? []) {
    if (get(actor, 'optional')) continue;
    tally.actors[1] += 1;
    if ([...seen].some((s) => sameActor(actor.id, s))) tally.actors[0] += 1;
    else log.push(`  actor missed: ${pyStr(actor.id)}`);
  }
}

function scoreQuotes(quotes: Json[], art: Json, tally: Tally, log: string[]): void {
  for (const q of art.quotes ?? []) {
    if (get(q, 'optional')) continue;
    tally.quotes[1] += 1;
    const nq = norm(q.text);
    const overlapping = quotes.filter((x) => {
      const nx = norm(x.text === undefined ? '' : x.text);
      return nx.includes(nq) || ([...nx].length > 15 && nq.includes(nx));
    });
    if (overlapping.some((x) => sameActor(get(q, 'speaker'), get(x, 'speaker')))) {
      tally.quotes[0] += 1;
    } else {
      const got = overlapping.length > 0 ? `, bundle speaker ${pyList(overlapping.map((x) => pyStr(get(x, 'speaker'))))}` : ', not found';
      log.push(`  quote: ${pyStr(get(q, 'speaker'))}${got}  | ${head(q.text, 70)}`);
    }
  }
}

function scoreEvents(events: Json[], art: Json, tally: Tally, log: string[]): void {
  for (const e of art.events ?? []) {
    if (get(e, 'optional')) continue;
    tally.events[1] += 1;
    const on = (x: Json) => {
      const date = x.date === undefined ? '' : x.date;
      return date === e.date || (date <= e.date && e.date <= (get(x, 'endDate') || ''));
    };
    if (events.some(on)) tally.events[0] += 1;
    else log.push(`  event missed: ${e.date} ${pyStr(get(e, 'kind'))}  | ${head(e.quote, 70)}`);
  }
}

/** found/total, 0 when there is nothing to find. */
export const ratio = ([found, total]: [number, number]): number => (total ? found / total : 0);

/** `x.xx` as Python's `:.2f` prints it: an exact tie (k/8) goes to the even hundredth. */
export function fixed2([found, total]: [number, number]): string {
  if (!total) return '0.00';
  if ((found * 8) % total === 0) {
    const eighths = (found * 8) / total;
    if (eighths % 2 === 1) {
      const hundredths = eighths * 12.5;
      const low = Math.floor(hundredths);
      return ((low % 2 === 0 ? low : low + 1) / 100).toFixed(2);
    }
  }
  return (found / total).toFixed(2);
}

/** What failed: kinds below their minimum (in the order given), bad spans, gross errors. */
export function failures(score: Score, mins: [string, number][], options: { gross: boolean } = { gross: true }): string[] {
  const fails = mins.filter(([kind, min]) => (KINDS.includes(kind as Kind) ? ratio(score.tally[kind as Kind]) : 0) < min).map(([kind]) => kind);
  if (score.spanProblems.length > 0 || score.spansChecked === 0) fails.push('evidence-spans');
  if (options.gross && score.gross.length > 0) fails.push('gross-errors');
  return fails;
}

/** The lines score.py prints after scoring: gross errors, bad spans, then the summary. */
export function report(score: Score, fails: string[]): string[] {
  const line = KINDS.map((kind) => `${kind} ${score.tally[kind][0]}/${score.tally[kind][1]}=${fixed2(score.tally[kind])}`).join(' ');
  const prefix = fails.length > 0 ? `FALLS SHORT (${fails.join(',')}) ` : '';
  return [
    ...score.gross.slice(0, 10).map((gross) => `GROSS ${gross}`),
    ...score.spanProblems.slice(0, 10).map((problem) => `SPAN ${problem}`),
    `${prefix}${line}; spans ${score.spansChecked} bad ${score.spanProblems.length}; gross ${score.gross.length}`,
  ];
}
