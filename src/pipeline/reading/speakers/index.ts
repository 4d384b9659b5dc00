// The quote rules in the order they are tried: the speaker named around the passage
// first (after it, then before it), then layouts, then what carries over from the
// passages and sentences before. The first rule that names a speaker wins.
import { afterVerb } from './after-verb.ts';
import { continues } from './continues.ts';
import { delegationHead } from './delegation-head.ts';
import { institutionAfter } from './institution-after.ts';
import { laterInSentence } from './later-in-sentence.ts';
import { leadColon } from './lead-colon.ts';
import { leadSentence } from './lead-sentence.ts';
import { listedUnderLead } from './listed-under-lead.ts';
import { roleNoun } from './role-noun.ts';
import { sameSentence } from './same-sentence.ts';
import { saidAfter } from './said-after.ts';
import { saidBefore } from './said-before.ts';
import { saidNextSentence } from './said-next-sentence.ts';
import { sentenceSubject } from './sentence-subject.ts';
import { pronounAhead } from './pronoun-ahead.ts';
import type { QuoteRule } from './types.ts';
import { unnamedSpeaker } from './unnamed-speaker.ts';

export const QUOTE_RULES: readonly QuoteRule[] = [
  unnamedSpeaker,
  delegationHead,
  saidAfter,
  institutionAfter,
  roleNoun,
  afterVerb,
  saidNextSentence,
  sameSentence,
  saidBefore,
  laterInSentence,
  sentenceSubject,
  leadColon,
  listedUnderLead,
  continues,
  leadSentence,
  pronounAhead,
];

export { NO_ONE_KNOWN, type PassageSite, type QuoteRule } from './types.ts';
