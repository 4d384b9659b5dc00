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
