// Whether an event happened, is planned, was only proposed or was agreed, read from the
// verbs of its sentence (the language's: ctx.language.events) and from where its date falls
// against the publication date.
import type { EventStatus } from '../../schema/bundle.ts';
import type { EventLexicon } from '../language/types.ts';
import type { Tense } from '../reading/tense.ts';

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
  lexicon: EventLexicon,
  agreedBefore?: number,
  agreedFrom = 0,
  cueStart?: number,
): EventStatus {
  const { AGREED, PROPOSED, PLANNED, PROPOSED_JUST_BEFORE } = lexicon;
  if (cueStart !== undefined && PROPOSED_JUST_BEFORE.test(sentence.slice(Math.max(0, cueStart - 60), cueStart))) return 'proposed';
  if (AGREED.test(agreedBefore === undefined ? sentence : sentence.slice(agreedFrom, agreedBefore))) return 'agreed';
  if (PROPOSED.test(sentence) && date >= publishedAt) return 'proposed';
  if (date > publishedAt) return 'planned';
  if (date === publishedAt && (tense === 'ahead' || PLANNED.test(sentence))) return 'planned';
  return 'held';
}
