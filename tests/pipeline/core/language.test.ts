import { describe, expect, it } from 'vitest';
import { chronoEn } from '../../../src/pipeline/reading/chrono.ts';
import { languageFor, languageProblem } from '../../../src/pipeline/language/index.ts';

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
