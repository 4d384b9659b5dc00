// Whether an event happened, is planned, was only proposed or was agreed, read from the
// verbs of its sentence and from where its date falls against the publication date.
import type { EventStatus } from '../../schema/bundle.ts';
import type { Tense } from './tense.ts';

const AGREED = /\b(?:agreed|signed|reached an? (?:agreement|deal)|led to an? (?:agreement|deal)|struck an? (?:agreement|deal)|approved|adopted)\b/i;
const PROPOSED = /\b(?:propos(?:ed|es|e|ing|al)|offer(?:ed|s|ing)?|suggest(?:ed|s|ing)?|invit(?:ed|es|ing|ation))\b/i;
const PLANNED = /\b(?:will|shall|is due|are due|set to|to be held|scheduled|expected to|poised to|plans? to|would)\b/i;

export function eventStatus(sentence: string, date: string, publishedAt: string, tense: Tense): EventStatus {
  if (AGREED.test(sentence)) return 'agreed';
  if (PROPOSED.test(sentence) && date >= publishedAt) return 'proposed';
  if (date > publishedAt) return 'planned';
  if (date === publishedAt && (tense === 'ahead' || PLANNED.test(sentence))) return 'planned';
  return 'held';
}
