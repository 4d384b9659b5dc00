// A position's one-line summary, neutral in tone: the cue and topic as the text puts them
// when that is short, else a plain verb and topic label.
import type { Stance } from '../../schema/bundle.ts';

/** The text's own words when short ("willing to discuss neutrality"), else a plain "supports a ceasefire". */
export function summaryPhrase(words: string, stance: Stance, topic: string, topicWords: string): string {
  const clean = words.replace(/["“”:]/g, '').replace(/\s+/g, ' ').trim();
  if (clean.split(' ').length <= 8) return clean;
  const label = topic === 'territory' ? (/integrity|annexation|crimea/i.test(topicWords) ? topicWords : 'territorial claims') : (TOPIC_LABELS[topic] ?? topic);
  return `${STANCE_WORDS[stance]} ${label}`;
}

const STANCE_WORDS: Record<Stance, string> = { for: 'supports', against: 'opposes', conditional: 'conditionally supports' };
const TOPIC_LABELS: Record<string, string> = {
  ceasefire: 'a ceasefire',
  'nato-membership': 'NATO membership',
  neutrality: 'neutrality',
  'security-guarantees': 'security guarantees',
  sanctions: 'sanctions',
  'military-aid': 'military aid',
  'prisoner-exchange': 'a prisoner exchange',
  humanitarian: 'humanitarian measures',
  'leaders-meeting': "a leaders' meeting",
  demilitarisation: 'demilitarisation',
  'direct-talks': 'direct talks',
  mediation: 'mediation',
  peacekeeping: 'a peacekeeping mission',
};
