// A position's one-line summary, neutral in tone: the cue and topic as the text puts them
// when that is short, else a plain verb and the proposition in words.
import type { Stance } from '../../schema/bundle.ts';
import type { PropositionId } from '../../schema/propositions.ts';

/** The text's own words when short ("willing to discuss neutrality"), else a plain "supports an immediate ceasefire". */
export function summaryPhrase(words: string, stance: Stance, topic: PropositionId): string {
  const clean = words.replace(/["“”:]/g, '').replace(/\s+/g, ' ').trim();
  if (clean !== '' && clean.split(' ').length <= 8) return clean;
  return `${STANCE_WORDS[stance]} ${PHRASES[topic]}`;
}

const STANCE_WORDS: Record<Stance, string> = { for: 'supports', against: 'opposes', conditional: 'conditionally supports' };
/** Each proposition as the object of "supports" or "opposes". */
const PHRASES: Record<PropositionId, string> = {
  ceasefire: 'an immediate ceasefire',
  'ukraine-joins-nato': "Ukraine's NATO membership",
  'ukraine-neutral': "Ukraine's neutrality",
  'russia-keeps-annexed-land': 'Russia keeping annexed territory',
  'ukraine-1991-borders': "restoring Ukraine's 1991 borders",
  'security-guarantees': 'security guarantees for Ukraine',
  'sanctions-on-russia': 'sanctions on Russia',
  'military-aid': 'military aid to Ukraine',
  demilitarisation: "limits on Ukraine's armed forces",
  'leaders-meeting': "a leaders' meeting",
  'direct-talks': 'direct talks',
  'prisoner-exchanges': 'prisoner exchanges',
  'humanitarian-measures': 'humanitarian corridors and aid',
  mediation: 'third-party mediation',
  peacekeepers: 'foreign peacekeepers',
};
