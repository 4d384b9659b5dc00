// Whether an event happened, is planned, was only proposed or was agreed, read from the
// verbs of its sentence and from where its date falls against the publication date.
import type { EventStatus } from '../../schema/bundle.ts';
import type { Tense } from './tense.ts';

const AGREED =
  /(?<!\b(?:not|no|never|failed to|without)\s+(?:\w+\s+)?)\b(?:agreed|signed|approved|adopted|(?:reached|led to|struck|produced|yielded) an? (?:agreement|deal)|an? (?:agreement|deal) (?:to|on|for))\b/i;
const PROPOSED = /\b(?:propos(?:ed|es|e|ing|al)|offer(?:ed|s|ing)?|suggest(?:ed|s|ing)?|invit(?:ed|es|ing|ation))\b/i;
const PLANNED = /\b(?:will|shall|is due|are due|set to|to be held|scheduled|expected to|poised to|plans? to|would)\b/i;

/**
 * `agreedBefore`: for talks and meetings, only an agreement named before the event word is
 * about the event ("agreed to hold talks"); one after it is what the talks produced.
 */
export function eventStatus(sentence: string, date: string, publishedAt: string, tense: Tense, agreedBefore?: number): EventStatus {
  if (AGREED.test(agreedBefore === undefined ? sentence : sentence.slice(0, agreedBefore))) return 'agreed';
  if (PROPOSED.test(sentence) && date >= publishedAt) return 'proposed';
  if (date > publishedAt) return 'planned';
  if (date === publishedAt && (tense === 'ahead' || PLANNED.test(sentence))) return 'planned';
  return 'held';
}
