import type { chronoEn } from '../reading/chrono.ts';

/** What the pipeline needs to read articles in one language. */
export interface LanguageConfig {
  /** The primary language subtag the manifest uses, e.g. "en". */
  code: string;
  /** In words, for messages. */
  name: string;
  /** The date parser set up for the language (chrono-node's locale module). */
  chrono: typeof chronoEn;
}
