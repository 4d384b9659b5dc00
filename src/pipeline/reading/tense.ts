// Which way in time a sentence points. News prose says "will meet on Thursday" for the
// coming Thursday and "met on Wednesday" for the one just gone; chrono alone picks the
// nearest weekday whatever the verb, so the verbs decide here.

const AHEAD_MARKERS =
  /\b(?:will|shall|is due|are due|due to (?:be|hold|meet|take|start|begin|resume|arrive|visit|sign|travel)|is set to|are set to|set to|set for|slated (?:for|to)|is to|are to|to be held|scheduled|plans? to|planned|expected to|poised to|would|starting|until|next|coming|following|upcoming|proposing|proposed|offered)\b/i;

/** Past tense; "proceed", "need", "exceed" and "slated (to)" only look like it. */
const PAST_MARKERS =
  /\b(?:was|were|had|has|have|did|said|told|met|held|spoke|went|came|took|made|gave|began|led|broke|sent|saw|won|lost|kicked off|agreed|announced|issued|posted|urged|called|signed|(?<!\b(?:be|being)\s)(?!(?:pro|suc|ex)ceed\b|(?:in)?deed\b|need\b|speed\b|feed\b|breed\b|bleed\b|slated\b)[a-z]{3,}ed)\b/i;

export type Tense = 'ahead' | 'past' | 'unknown';

/**
 * Tense of the words nearest a date phrase: the clause before it (up to the previous
 * comma or sentence start) is read first, then the rest of the sentence.
 */
export function tenseAround(sentence: string, phraseStart: number, phraseEnd: number): Tense {
  const before = sentence.slice(0, phraseStart);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), 0);
  const clause = before.slice(clauseStart);
  const after = sentence.slice(phraseEnd, phraseEnd + 80);
  for (const text of [clause, before, after]) {
    const ahead = lastMatch(text, AHEAD_ALL);
    const past = lastMatch(text, PAST_ALL);
    if (ahead < 0 && past < 0) continue;
    if (text === after) return ahead >= 0 && (past < 0 || ahead < past) ? 'ahead' : 'past';
    return ahead > past ? 'ahead' : 'past';
  }
  return 'unknown';
}

/** Global copies for scanning to the last match, built once (this runs for every date phrase). */
const AHEAD_ALL = new RegExp(AHEAD_MARKERS.source, 'gi');
const PAST_ALL = new RegExp(PAST_MARKERS.source, 'gi');

function lastMatch(text: string, global: RegExp): number {
  let last = -1;
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) last = m.index;
  return last;
}

/** Whether a sentence has a verb in the past tense or present perfect ("held", "have resumed"). */
export function hasPastVerb(sentence: string): boolean {
  return PAST_MARKERS.test(sentence);
}
