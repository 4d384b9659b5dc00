// One-character tests on UTF-16 code units, answered from a table filled on first use.
// Testing `text[i]` against a RegExp makes a string and runs the matcher for every
// character; hot loops over whole articles read a byte instead.

/** `pattern` (a one-character class, without the g or y flag) as a test of a single code unit. */
export function codeUnitMatcher(pattern: RegExp): (code: number) => boolean {
  if (pattern.global || pattern.sticky) throw new Error('codeUnitMatcher needs a pattern without g or y');
  /** 0: not yet known, 1: matches, 2: does not. */
  const table = new Uint8Array(0x10000);
  return (code: number) => {
    // NaN (reading past the end of a string) matches nothing, as testing '' would not.
    if (!(code >= 0 && code <= 0xffff)) return false;
    let known = table[code]!;
    if (known === 0) {
      known = pattern.test(String.fromCharCode(code)) ? 1 : 2;
      table[code] = known;
    }
    return known === 1;
  };
}

/**
 * `pattern` (a one-character class, without the g or y flag) as a search of `text` between
 * `start` and `end`: the same answer as `pattern.test(text.slice(start, end))`, without the
 * slice or a matcher run at every character. Under the u or v flag a surrogate pair is one
 * character, which a table of code units cannot judge, so text holding a surrogate is left
 * to the RegExp.
 */
export function codeUnitSearch(pattern: RegExp): (text: string, start: number, end: number) => boolean {
  if (pattern.global || pattern.sticky) throw new Error('codeUnitSearch needs a pattern without g or y');
  const pairsAreOne = /[uv]/.test(pattern.flags);
  /** 0: not yet known, 1: matches, 2: does not, 3: a surrogate, for the RegExp to judge. */
  const table = new Uint8Array(0x10000);
  // The table is read inline rather than through codeUnitMatcher: a call per character doubled the cost.
  return (text, start, end) => {
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      let known = table[code]!;
      if (known === 0) {
        known = pairsAreOne && code >= 0xd800 && code <= 0xdfff ? 3 : pattern.test(String.fromCharCode(code)) ? 1 : 2;
        table[code] = known;
      }
      if (known === 1) return true;
      if (known === 3) return pattern.test(text.slice(start, end));
    }
    return false;
  };
}

/**
 * Whitespace as `/\s/` judges it, one code unit at a time; the u flag would judge no code unit
 * differently (every whitespace character is a single code unit). Shared, so there is one table.
 */
export const isSpaceUnit = codeUnitMatcher(/\s/);
