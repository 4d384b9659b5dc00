// Words for the ids the data uses (topics, metrics, kinds), so every view names them alike.
const ACRONYMS = new Set(['nato', 'un', 'eu', 'us', 'uk', 'pow', 'pows']);

/** "nato-membership" → "NATO membership", "armoured-vehicles" → "Armoured vehicles". */
export function humanise(id: string): string {
  const words = id.split(/[-_]+/).filter(Boolean).map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word));
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

const VERIFICATION_LABELS: Record<string, string> = {
  unverified: 'Not independently verified',
  independent: 'Independently verified',
  unknown: 'Verification not stated',
};

export function verificationLabel(status: string): string {
  return VERIFICATION_LABELS[status] ?? humanise(status);
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2025-05-15" → "15 May 2025", read in UTC so the day never shifts with the reader's zone. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return DATE_FORMAT.format(new Date(Date.UTC(year, month - 1, day)));
}
