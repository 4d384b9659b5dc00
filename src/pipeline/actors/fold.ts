// One spelling for the ways news transliterates a name: case, diacritics, and the
// y/i/ie/ya variants of Slavic names fold away, so Zelensky, Zelenskyy and Zelenskiy,
// Umerov, Umierov and Umyerov, Erdoğan and Erdogan, Podolyak and Podoliak meet.
const MARKS = /\p{M}/gu;
const VOWEL_AFTER = /[aeou]/;

export function foldName(words: string): string {
  let lower = words.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(lower)) lower = lower.replace(/ı/g, 'i').normalize('NFD').replace(MARKS, '');
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    let ch = lower[i]!;
    if (ch === 'y') ch = 'i';
    if (ch === 'i' && VOWEL_AFTER.test(lower[i + 1] ?? '')) continue;
    if (ch === out[out.length - 1] && /\p{L}/u.test(ch)) continue;
    out += ch;
  }
  return out;
}

/** Lowercase-hyphenated, ASCII id for a full name: "Rosemary DiCarlo" → rosemary-dicarlo. */
export function personId(name: string): string {
  return name
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Initials that transliterations share: Volodymyr/Vladimir, Oleksandr/Alexander, Heorhii/Georgy, Yevhen/Evgeny. */
const INITIAL_CLASS: Record<string, string> = { o: 'a', h: 'g', y: 'i', e: 'i', j: 'i' };
export function sameInitial(a: string, b: string): boolean {
  const x = foldName(a[0] ?? '');
  const y = foldName(b[0] ?? '');
  return x !== '' && (INITIAL_CLASS[x] ?? x) === (INITIAL_CLASS[y] ?? y);
}
