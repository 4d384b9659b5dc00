// The languages the pipeline can read, chosen by each manifest entry's `language`. A
// configuration (types.ts) holds the date parser and, one file per domain, the words and cue
// patterns the reading and the extractors match with (en/: positions, events, numbers,
// claims, actors, sentences, attribution); the code reaches them through `ctx.language`, or a
// lexicon handed down by a caller that has it, never by importing them. Another language is
// another folder beside en/ and an entry below. An article in a language with no
// configuration is an input error: English rules run on another language would find
// nothing, or worse, find things that are not there.
import { english } from './en/index.ts';
import type { LanguageConfig } from './types.ts';

export type { LanguageConfig } from './types.ts';

export const LANGUAGES: ReadonlyMap<string, LanguageConfig> = new Map([[english.code, english]]);

/** The configuration for a language tag ("en", "en-GB", "EN"), or null when there is none. */
export function languageFor(tag: string): LanguageConfig | null {
  const primary = tag.trim().split(/[-_]/)[0]!.toLowerCase();
  return LANGUAGES.get(primary) ?? null;
}

/** Why a manifest's language cannot be read, or null. */
export function languageProblem(tag: string): string | null {
  if (languageFor(tag)) return null;
  const known = [...LANGUAGES.values()].map((language) => `"${language.code}" (${language.name})`).join(', ');
  const shown = tag.trim() === '' ? 'an empty language' : `"${tag}"`;
  return `no language configuration for ${shown}: the pipeline reads ${known}; give the article's language as one of these, or add a configuration in src/pipeline/language/`;
}
