// A cheap first look for a family of patterns: each pattern comes with words, one of which
// every match of it holds, and one case-insensitive pass over a text says which patterns
// could match there at all. Most sentences hold none of a family's words, and one pass
// over a list of plain words costs about what one of the patterns does.
//
// Every sentence is asked by several gates (event cues, the dated-event rules, position
// topics, chrono's parsers): its `GateWords`, kept on the sentence, look once for the words
// of all gates and answer each of them from the same finds.

/** Bit i set: pattern i may match. */
export type PatternSet = number;

export class WordGate {
  readonly patternsOf: Map<string, PatternSet>;
  private readonly anyWord: RegExp;
  /** This gate's place in the answers of `GateWords`. */
  private readonly slot: number;

  /**
   * `wordsPerPattern[i]`: lower-case words, one of which every match of pattern i holds.
   * No word may be the start of another: a find steps one character on, so words starting
   * further on are seen, but of two starting at the same place only the first listed is.
   */
  constructor(wordsPerPattern: readonly (readonly string[])[]) {
    if (wordsPerPattern.length > 31) throw new Error('a word gate covers at most 31 patterns');
    this.patternsOf = new Map();
    wordsPerPattern.forEach((words, index) => {
      for (const word of words) {
        if (!/^[a-z -]+$/.test(word)) throw new Error(`gate word "${word}" must be lower-case letters, spaces or hyphens`);
        this.patternsOf.set(word, (this.patternsOf.get(word) ?? 0) | (1 << index));
      }
    });
    const words = [...this.patternsOf.keys()];
    const clash = words.find((word) => words.some((other) => other !== word && other.startsWith(word)));
    if (clash) throw new Error(`gate word "${clash}" starts another word`);
    // Case-insensitive without the u flag, as the patterns are: the same letters count.
    this.anyWord = new RegExp(prefixTree(words), 'gi');
    this.slot = allGates.join(this);
  }

  /** The patterns that may match `text` (or the text of `GateWords`): a pattern not in the set cannot. */
  patternsIn(text: string | GateWords): PatternSet {
    if (typeof text === 'string') return this.ownPass(text);
    const answers = text.answers();
    // A gate made after the text was read has no answer there yet.
    return this.slot < answers.length ? answers[this.slot]! : this.ownPass(text.text);
  }

  private ownPass(text: string): PatternSet {
    let patterns = 0;
    const anyWord = this.anyWord;
    anyWord.lastIndex = 0;
    for (let m = anyWord.exec(text); m; m = anyWord.exec(text)) {
      // A find that is no listed word cannot happen; if it did, every pattern may match.
      patterns |= this.patternsOf.get(m[0].toLowerCase()) ?? -1;
      anyWord.lastIndex = m.index + 1;
    }
    return patterns;
  }
}

/**
 * `words` as one alternation with shared beginnings factored out ("de(?:adline|cree)"): the
 * same finds as `words.join('|')` when no word starts another, in three quarters of the time.
 * Where one word does start another ("mon", "month"), the longer is tried first ("mon(?:th)?").
 */
export function prefixTree(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let ends = false;
  for (const word of words) {
    if (word === '') {
      ends = true;
      continue;
    }
    const rest = byFirst.get(word[0]!);
    if (rest) rest.push(word.slice(1));
    else byFirst.set(word[0]!, [word.slice(1)]);
  }
  const branches = [...byFirst].map(([first, rests]) => first + (rests.length === 1 && rests[0] === '' ? '' : prefixTree(rests)));
  if (ends) return `(?:${branches.join('|')})?`;
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/**
 * The words of every gate in one text, found by one pass on the first ask. At each place the
 * longest word of any gate is found; the words of a gate found there are that word's beginnings
 * (a word there implies its beginnings there), at most one per gate as no word of a gate starts
 * another. So each gate gets the same places and words as from its own pass, which steps one
 * character on as this one does.
 */
export class GateWords {
  #answers: Int32Array | undefined;

  constructor(readonly text: string) {}

  /** Per gate (by its slot): the patterns that may match the text. */
  answers(): Int32Array {
    return (this.#answers ??= allGates.find(this.text));
  }
}

class AllGates {
  private readonly gates: WordGate[] = [];
  /** Per word of any gate: pairs of (gate slot, that gate's patterns for the word or a beginning of it). */
  private hitsOf: Map<string, number[]> | null = null;
  private anyWord: RegExp | null = null;

  join(gate: WordGate): number {
    this.gates.push(gate);
    this.hitsOf = null;
    this.anyWord = null;
    return this.gates.length - 1;
  }

  find(text: string): Int32Array {
    if (!this.anyWord) this.build();
    const hitsOf = this.hitsOf!;
    const anyWord = this.anyWord!;
    const answers = new Int32Array(this.gates.length);
    anyWord.lastIndex = 0;
    for (let m = anyWord.exec(text); m; m = anyWord.exec(text)) {
      const hits = hitsOf.get(m[0].toLowerCase());
      // A find that is no listed word cannot happen; if it did, each gate answers from its own pass.
      if (!hits) return Int32Array.from(this.gates, (gate) => gate.patternsIn(text));
      for (let h = 0; h < hits.length; h += 2) answers[hits[h]!]! |= hits[h + 1]!;
      anyWord.lastIndex = m.index + 1;
    }
    return answers;
  }

  private build(): void {
    const words = new Set(this.gates.flatMap((gate) => [...gate.patternsOf.keys()]));
    const hitsOf = new Map<string, number[]>();
    for (const word of words) {
      const hits: number[] = [];
      this.gates.forEach((gate, slot) => {
        for (let length = 1; length <= word.length; length++) {
          const patterns = gate.patternsOf.get(word.slice(0, length));
          if (patterns !== undefined) hits.push(slot, patterns);
        }
      });
      hitsOf.set(word, hits);
    }
    this.hitsOf = hitsOf;
    // Case-insensitive without the u flag, as each gate's own pass is.
    this.anyWord = new RegExp(prefixTree([...words]), 'gi');
  }
}

const allGates = new AllGates();


export function mayMatch(patterns: PatternSet, index: number): boolean {
  return (patterns & (1 << index)) !== 0;
}
