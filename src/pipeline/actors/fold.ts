// One spelling for the ways news transliterates a name: case, diacritics, and the
// y/i/ie/ya variants of Slavic names fold away, so Zelensky, Zelenskyy and Zelenskiy,
// Umerov, Umierov and Umyerov, Erdoğan and Erdogan, Podolyak and Podoliak meet.
const MARKS = /\p{M}/gu;

export function foldName(words: string): string {
  let lower = words.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(lower)) lower = lower.replace(/ı/g, 'i').normalize('NFD').replace(MARKS, '');
  let out = '';
  let last = -1;
  for (let i = 0; i < lower.length; i++) {
    let c = lower.charCodeAt(i);
    if (c === 121) c = 105; // y → i
    // i before a, e, o, u goes: Umierov → Umerov, Podoliak → Podolak.
    if (c === 105 && isFoldVowel(lower.charCodeAt(i + 1))) continue;
    // A doubled letter is one: Zelenskii → Zelenski.
    if (c === last && c >= 97 && c <= 122) continue;
    out += String.fromCharCode(c);
    last = c;
  }
  return out;
}

const isFoldVowel = (c: number) => c === 97 || c === 101 || c === 111 || c === 117;

/** Lowercase-hyphenated, ASCII id for a full name: "Lena McAvoy" → lena-mcavoy. */
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
