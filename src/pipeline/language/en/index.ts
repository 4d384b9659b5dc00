// English: the language every extractor reads today. Its date parser is chrono-node's
// English set-up; its words and cue patterns sit in this folder, one file per domain.
import { chronoEn } from '../../reading/chrono.ts';
import type { LanguageConfig } from '../types.ts';
import { actors } from './actors.ts';
import { attribution } from './attribution.ts';
import { claims } from './claims.ts';
import { events } from './events.ts';
import { numbers } from './numbers.ts';
import { positions } from './positions.ts';
import { sentences } from './sentences.ts';

export const english: LanguageConfig = {
  code: 'en',
  name: 'English',
  chrono: chronoEn,
  positions,
  events,
  numbers,
  claims,
  actors,
  sentences,
  attribution,
};
