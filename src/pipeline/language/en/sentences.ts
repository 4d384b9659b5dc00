// English sentences: the segmenter's locale, and words whose full stop does not end a
// sentence. The segmenter breaks after "Mr." or "U.S." when a capital follows ("the U.S.
// President"), so pieces that end with one of these are joined to the next (sentences.ts).
import type { SentenceLexicon } from '../types.ts';

const TITLES = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt',
  'Prof', 'Rev', 'Hon', 'Adm', 'Cmdr', 'Amb', 'Pres', 'Supt', 'Jr', 'Sr',
];
const OTHERS = [
  'No', 'Nos', 'vs', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'approx', 'Fig', 'Mt', 'Ft',
];

/** A piece ending with one of the titles or other abbreviations and its full stop. */
const NAMED = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${[...TITLES, ...OTHERS].join('|')})\\.$`, 'u');
/** Initialisms and initials: "U.S.", "U.N.", "E.U.", "John F." */
const INITIALS = /(?:^|[^\p{L}\p{N}])(?:\p{Lu}\.)+$/u;

export const sentences: SentenceLexicon = {
  segmenter: new Intl.Segmenter('en', { granularity: 'sentence' }),
  ABBREVIATION: NAMED,
  INITIALS,
};
