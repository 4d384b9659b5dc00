// Item ids come from content, never from randomness or clocks, so the same articles
// always produce the same bundle and links to an item survive a rebuild.

/** A 53-bit string hash (cyrb53), printed as 11 base-36 characters. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return base36(value).padStart(11, '0');
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * `value.toString(36)` for a whole number below 2^53. Number's own conversion takes a
 * slow general path for large values; at one id per extracted item that added up.
 * Subtracting the digit before dividing keeps every step exact.
 */
export function base36(value: number): string {
  let out = '';
  do {
    const digit = value % 36;
    out = DIGITS[digit] + out;
    value = (value - digit) / 36;
  } while (value > 0);
  return out;
}

/** `kind-<hash>` from the parts that make an item what it is. */
export function itemId(kind: string, ...parts: Array<string | number | null>): string {
  return `${kind}-${hashText(parts.map((part) => String(part)).join('\u241f'))}`;
}
