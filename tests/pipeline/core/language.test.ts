import { describe, expect, it } from 'vitest';
import { extractPositions } from '../../../src/pipeline/extractors/positions.ts';
import { english } from '../../../src/pipeline/language/en/index.ts';
import { chronoEn } from '../../../src/pipeline/reading/chrono.ts';
import { languageFor, languageProblem, type LanguageConfig } from '../../../src/pipeline/language/index.ts';
import { makeContext } from '../extractors/make-context.ts';

describe(languageFor, () => {
  it.each(['en', 'EN', 'en-GB', 'en_US'])('reads %s with the English configuration and its chrono set-up', (tag) => {
    expect(languageFor(tag)).toMatchObject({ code: 'en', name: 'English' });
    expect(languageFor(tag)!.chrono).toBe(chronoEn);
  });

  it.each(['uk', 'ru', 'tr', 'eng', ''])('has no configuration for %j', (tag) => {
    expect(languageFor(tag)).toBeNull();
  });
});

describe(languageProblem, () => {
  it('says which languages are configured and how to fix the entry', () => {
    expect(languageProblem('en')).toBeNull();
    expect(languageProblem('ru')).toBe(
      'no language configuration for "ru": the pipeline reads "en" (English); give the article\'s language as one of these, or add a configuration in src/pipeline/language/',
    );
    expect(languageProblem(' ')).toMatch(/^no language configuration for an empty language:/);
  });
});

describe('the English configuration', () => {
  // Every domain's words, by name: a field left out of a configuration (or added without
  // being listed here) fails, since the code reads each one from whatever it is handed.
  const FIELDS: Record<Exclude<keyof LanguageConfig, 'code' | 'name' | 'chrono'>, string[]> = {
    positions: ['TOPICS', 'TOPIC_GATE', 'STANCE_CUES', 'REVERSING', 'REVERSING_AFTER', 'CLAUSE_BETWEEN', 'CONDITION', 'CONDITIONAL_ACCEPT', 'HEDGED_BEFORE', 'NEGATED_BEFORE', 'NEGATABLE_FOR', 'INFERRED_BEFORE', 'REPORTED', 'COMMENTARY_FRAME', 'LIMITED_PAUSE_BEFORE', 'LIMITED_PAUSE_AFTER', 'NOUN_BEFORE', 'COORDINATION', 'TOPIC_CLAUSE_END', 'CLAUSE_BREAK', 'VERB_AFTER', 'DIRECT_SUBJECT', 'HYPOTHETICAL', 'REPORTS_AFTER', 'REPORTS_BEFORE', 'JOINED', 'PRONOUN_SUBJECT'],
    events: ['CUE_PATTERNS', 'CUE_GATE', 'SANCTIONS_ACTION', 'PLACE', 'CITY_ANAPHOR', 'NEW_CLAUSE', 'THEN', 'SPEECH', 'AGREEMENT', 'AGREED_VERB', 'SWAP_DONE', 'DEADLINE_LEAD', 'DEMAND', 'NOT_THE_DAY', 'BARE_EXCHANGE', 'DISCUSSED', 'TOOK_PLACE', 'PUT_FORWARD', 'ASIDE', 'AGREED', 'PROPOSED', 'PLANNED', 'PROPOSED_JUST_BEFORE', 'LOCATIVE', 'TITLE_GAP', 'CLAUSE_BREAK', 'OF_BODY', 'TALKS_NOUN', 'BETWEEN'],
    numbers: ['WORD_VALUES', 'SCALES', 'QUANTITY', 'RANGE_TAIL', 'NUMBER_WORD', 'RANGE_QUALIFIER', 'RANGE_JOIN', 'ONE', 'ONE_PRONOUN_BEFORE', 'ONE_PRONOUN_AFTER', 'PHRASAL_QUALIFIER', 'PHRASAL_BEFORE', 'MONEY_WORD', 'ORDINAL_SUFFIX', 'DURATION_NOUN', 'AGE_BEFORE', 'AGE_AFTER'],
    claims: ['HUMAN', 'THINGS', 'THING_DONE', 'LIST_OF', 'CAPTIVES', 'OF_POSSESSIVE', 'NOT_A_NOUN', 'COUNTED_AS', 'NOT_A_MODIFIER', 'EQUIPMENT', 'LOSS_VERB', 'ATTACK_VERB', 'SUPPLY_VERB', 'TALLY', 'OUTCOMES', 'FIGURES', 'CLAIMANTS', 'SOURCES'],
    actors: ['ROLE_WORD', 'ROLE_NEAR', 'COMMENTARY_WORD', 'NOT_A_NAME', 'TITLE_MODIFIER', 'TITLE_CONNECTIVE', 'NOT_IN_NAME'],
    sentences: ['segmenter', 'ABBREVIATION', 'INITIALS'],
    attribution: ['SPEECH_VERB', 'SPEECH_VERB_ONCE', 'INVERTIBLE', 'DETERMINER_BEFORE', 'PRONOUN_BEFORE', 'APPOSITIVE_CLAUSE', 'PASSIVE_BEFORE', 'TITLE_GAP', 'PRONOUN_SPEAKS', 'SERVES_BEFORE', 'LOCATIVE_BEFORE'],
  };

  it('has every field of a language configuration, each one set', () => {
    expect(Object.keys(english).sort()).toEqual(['chrono', 'code', 'name', ...Object.keys(FIELDS)].sort());
    for (const [domain, fields] of Object.entries(FIELDS)) {
      const lexicon = english[domain as keyof typeof FIELDS] as unknown as Record<string, unknown>;
      expect(Object.keys(lexicon).sort(), domain).toEqual([...fields].sort());
      for (const field of fields) expect(lexicon[field], `${domain}.${field}`).toBeTruthy();
    }
  });
});

describe('a second configuration', () => {
  // English, except that "craves" is a stance word of support where "want(s)" was.
  const forCue = english.positions.STANCE_CUES.find(([stance]) => stance === 'for')![1];
  const changed = new RegExp(forCue.source.replace('wants?|', 'craves|'), forCue.flags);
  const madeUp: LanguageConfig = {
    ...english,
    code: 'xx',
    name: 'Made-up English',
    positions: {
      ...english.positions,
      STANCE_CUES: english.positions.STANCE_CUES.map(([stance, pattern]) => [stance, stance === 'for' ? changed : pattern] as const),
    },
  };
  const readWith = (language: LanguageConfig, text: string) =>
    extractPositions({ ...makeContext(text, '2025-06-02'), language }).map((p) => [p.actor, p.topic, p.stance]);

  it('changes what the positions extractor reads: the words come from the configuration it is handed', () => {
    expect(changed.source).not.toBe(forCue.source);
    const craves = 'Ukraine craves a ceasefire, the foreign ministry said on Monday.';
    const wants = 'Ukraine wants a ceasefire, the foreign ministry said on Monday.';
    expect(readWith(english, craves)).toEqual([]);
    expect(readWith(madeUp, craves)).toEqual([['ukraine', 'ceasefire', 'for']]);
    expect(readWith(english, wants)).toEqual([['ukraine', 'ceasefire', 'for']]);
    expect(readWith(madeUp, wants)).toEqual([]);
  });
});
