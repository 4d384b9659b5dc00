// Words for the ids the data uses (topics, metrics, kinds), so every view names them alike.
import type { Verification } from '../schema/bundle.ts';

const ACRONYMS = new Set(['nato', 'un', 'eu', 'us', 'uk', 'pow', 'pows']);

/** "nato-membership" → "NATO membership", "armoured-vehicles" → "Armoured vehicles". */
export function humanise(id: string): string {
  const words = id.split(/[-_]+/).filter(Boolean).map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word));
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Each verification status in running text: "17,200 killed (not independently verified)". */
export const VERIFICATION_TEXT: Record<Verification, string> = {
  unverified: 'not independently verified',
  independent: 'independently verified',
  unknown: 'verification not stated',
};

/** The same words standing alone, as a filter's label: "Not independently verified". */
export function verificationLabel(status: Verification): string {
  const text = VERIFICATION_TEXT[status];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export { formatCount, formatDate } from './format-date.ts';

/**
 * 17200 → "17,200", 2.25 → "2.25": grouped by thousands, with at most `maxFractionDigits`
 * decimals and no trailing zeros. Like Intl, rounds half away from zero on the number as it is
 * written (1.005 → "1.01"), not on its binary value as toFixed does (1.005 → "1.00").
 */
export function formatNumber(value: number, maxFractionDigits = 0): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  const written = String(Math.abs(value));
  // Below 1e-6 numbers are written with an exponent; they round to 0 at any precision used here.
  const [whole, fraction] = written.includes('e') ? ['0', ''] : roundWritten(written, maxFractionDigits);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const decimals = fraction.replace(/0+$/, '');
  const text = decimals ? `${grouped}.${decimals}` : grouped;
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/** "2.675", 2 → ["2", "68"]: decimal rounding of a written number, half up. */
function roundWritten(written: string, digits: number): [string, string] {
  const [whole = '0', fraction = ''] = written.split('.');
  if (fraction.length <= digits) return [whole, fraction];
  let scaled = BigInt(whole + fraction.slice(0, digits));
  if (fraction.charCodeAt(digits) >= 53 /* '5' */) scaled += 1n;
  const text = scaled.toString().padStart(digits + 1, '0');
  return [text.slice(0, text.length - digits), text.slice(text.length - digits)];
}

