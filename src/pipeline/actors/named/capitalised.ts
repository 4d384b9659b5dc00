// Capitalised words of a sentence, found by one scan of its characters: the people
// finder groups them into names and the variant finder looks each up. A hand loop, as
// a Unicode regex with a lookbehind at every character was the bulk of reading actors.

export interface Word {
  start: number;
  end: number;
}

const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const isLetterAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : LETTER.test(text[i]!);
};
/** Inside a word: letters, and an apostrophe or hyphen between letters ("O'Brien", "Jean-Luc"). */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45;

/** Words in [start, end) that begin with a capital letter after no letter or digit. */
export function capitalisedWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const upper = c < 128 ? c >= 65 && c <= 90 : UPPER.test(text[i]!);
    const before = i > start ? text.charCodeAt(i - 1) : 32;
    const free = before < 128 ? !isAsciiLetterOrDigit(before) && before !== 46 : !LETTER.test(text[i - 1]!);
    if (!upper || !free) {
      // Skip the rest of this word, or this one mark.
      const inWord = isLetterAt(text, i) || isAsciiLetterOrDigit(c);
      i++;
      while (inWord && i < end && (isLetterAt(text, i) || isAsciiLetterOrDigit(text.charCodeAt(i)))) i++;
      continue;
    }
    let j = i + 1;
    while (j < end && (isLetterAt(text, j) || (isJoiner(text.charCodeAt(j)) && j + 1 < end && isLetterAt(text, j + 1)))) j++;
    if (j < end && isAsciiLetterOrDigit(text.charCodeAt(j))) {
      // "G7", "F16": not a word of a name.
      while (j < end && isAsciiLetterOrDigit(text.charCodeAt(j))) j++;
    } else if (j - i >= 2) words.push({ start: i, end: j });
    i = j;
  }
  return words;
}
