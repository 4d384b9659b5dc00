// Whether an event happened, is planned, was only proposed or was agreed, read from the
// verbs of its sentence and from where its date falls against the publication date.
import type { EventStatus } from '../../schema/bundle.ts';
import type { Tense } from '../reading/tense.ts';

const AGREED =
  /(?<!\b(?:not|no|never|failed to|without)\s+(?:\w+\s+)?)\b(?:agreed|signed|approved|adopted|(?:reached|led to|struck|produced|yielded) (?:an? )?(?:agreement|deal)|an? (?:agreement|deal) (?:to|on|for))\b/i;
const PROPOSED = /\b(?:propos(?:ed|es|e|ing|al)|offer(?:ed|s|ing)?|suggest(?:ed|s|ing)?|invit(?:ed|es|ing|ation))\b/i;
const PLANNED = /\b(?:will|shall|is due|are due|set to|to be held|scheduled|expected to|poised to|plans? to|would)\b/i;

/** "the Commission proposed an 18th package of sanctions": the act itself was a proposal. */
const PROPOSED_JUST_BEFORE = /\bpropos(?:ed|es|ing)\s+(?:(?:a|an|the|its|their|new|fresh|further|another|\d+\w*|\w+th)\s+){0,3}$/i;

/**
 * `agreedBefore`: for talks and meetings, only an agreement named before the event word is
 * about the event ("agreed to hold talks"); one after it is what the talks produced.
 * `agreedFrom`: where that stretch starts; an agreement before another event word
 * ("agreed to a prisoner exchange at talks") is that event's.
 * `cueStart`: where the event word is, to read a proposal right before it.
 */
export function eventStatus(
  sentence: string,
  date: string,
  publishedAt: string,
  tense: Tense,
  agreedBefore?: number,
  agreedFrom = 0,
  cueStart?: number,
): EventStatus {
  if (cueStart !== undefined && PROPOSED_JUST_BEFORE.test(sentence.slice(Math.max(0, cueStart - 60), cueStart))) return 'proposed';
  if (AGREED.test(agreedBefore === undefined ? sentence : sentence.slice(agreedFrom, agreedBefore))) return 'agreed';
  if (PROPOSED.test(sentence) && date >= publishedAt) return 'proposed';
  if (date > publishedAt) return 'planned';
  if (date === publishedAt && (tense === 'ahead' || PLANNED.test(sentence))) return 'planned';
  return 'held';
}
