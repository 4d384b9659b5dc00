// A seeded generator of hostile or broken share links. Each link records, by construction,
// which parameters the page must report as ignored, so the check does not rely on the
// app's own parser to say what was wrong.

/** Every payload sets this global if it ever runs; the tests assert it stays undefined. */
export const SENTINEL = '__pwned';

export const PAYLOADS = [
  `<script>window.${SENTINEL}=1</script>`,
  `"><img src=x onerror="window.${SENTINEL}=1">`,
  `javascript:window.${SENTINEL}=1`,
  `<svg onload=window.${SENTINEL}=1>`,
  `'-alert(1)-'`,
  `{{constructor.constructor('window.${SENTINEL}=1')()}}`,
  `\u0000<iframe src="javascript:window.${SENTINEL}=1">`,
  `data:text/html,<script>window.${SENTINEL}=1</script>`,
];

export const BAD_DATES = ['2025-02-30', '2025-13-01', '25-1-1', 'yesterday', '2025-05-15T00:00', '0000-00-00', '９９９９-01-01'];
export const UNKNOWN_PARAMS = ['utm_source', 'foo', '__proto__', 'constructor', 'View', 'fbclid'];
const VIEWS = ['timeline', 'positions', 'claims', 'articles'];
export const PERCENT_GARBAGE = ['%ff%fe', '%E0%A4%A', '%', '%%20', '%u0041', '%C0%AF'];

export interface FuzzLink {
  /** The query string, starting with `?`. */
  search: string;
  /** Known parameters whose value must be reported as ignored. */
  badParams: string[];
  /** Unknown parameter names that must be reported. */
  unknownParams: string[];
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateLinks(count: number, seed: number, knownActors: string[]): FuzzLink[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const enc = encodeURIComponent;
  const links: FuzzLink[] = [];

  for (let n = 0; n < count; n += 1) {
    const parts: string[] = [];
    const used = new Set<string>();
    const badParams = new Set<string>();
    const unknownParams = new Set<string>();
    const add = (param: string, raw: string) => {
      parts.push(`${param}=${raw}`);
      used.add(param);
    };
    const bad = (param: string, value: string) => {
      add(param, enc(value));
      badParams.add(param);
    };
    // Damage to a parameter already in the link would be reported as "repeated" instead,
    // so each kind of damage only touches parameters the link does not carry yet.
    const free = (...params: string[]) => params.every((param) => !used.has(param));

    if (next() < 0.5) add('view', pick(VIEWS));
    if (next() < 0.3) add('actors', pick(knownActors));
    const damages = 2 + Math.floor(next() * 3);
    for (let d = 0; d < damages; d += 1) {
      const kind = Math.floor(next() * 11);
      const param = pick(['view', 'article', 'focus', 'metrics', 'status']);
      if (kind === 0 && free(param)) bad(param, pick(PAYLOADS));
      else if (kind === 1 && free('actors')) bad('actors', `${pick(knownActors)}~${pick(PAYLOADS)}`);
      else if (kind === 2 && free('from', 'to')) bad(pick(['from', 'to']), pick(BAD_DATES));
      else if (kind === 3 && free('from', 'to')) {
        add('from', '2025-06-01'); // ends before it starts: kept as given, nothing can match
        add('to', '2022-01-01');
      } else if (kind === 4 && free('actors')) bad('actors', `unknown-actor-${Math.floor(next() * 1e6)}`);
      else if (kind === 5 && free(param)) bad(param, 'a'.repeat(2001 + Math.floor(next() * 6000)));
      else if (kind === 6) {
        const name = pick(UNKNOWN_PARAMS);
        parts.push(`${enc(name)}=${enc(pick(PAYLOADS))}`);
        unknownParams.add(name);
      } else if (kind === 7 && free('view')) {
        add('view', 'claims');
        parts.push(`view=${pick(VIEWS)}`); // repeated: only the first counts
        badParams.add('view');
      } else if (kind === 8 && free('view')) {
        add('view', pick(PERCENT_GARBAGE)); // written raw, so the browser sees broken escapes
        badParams.add('view');
      } else if (kind === 9 && free('metrics', 'status')) bad(pick(['metrics', 'status']), pick(['bogus', 'KILLED', 'verified', pick(PAYLOADS)]));
      else if (kind === 10 && free('article')) bad('article', pick(['../../etc/passwd', 'missing-article-id', pick(PAYLOADS)]));
    }
    links.push({ search: `?${parts.join('&')}`, badParams: [...badParams], unknownParams: [...unknownParams] });
  }
  return links;
}
