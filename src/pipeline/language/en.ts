// English: the language every extractor reads today. Its date parser is chrono-node's
// English set-up; the lexicons (cue verbs, role words, metric nouns) still live beside
// the extractors that use them and are to move here.
import { chronoEn } from '../reading/chrono.ts';
import type { LanguageConfig } from './types.ts';

export const english: LanguageConfig = {
  code: 'en',
  name: 'English',
  chrono: chronoEn,
};
