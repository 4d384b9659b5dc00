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

// Dates and counts are spelled out here rather than through Intl: the first Intl object a page
// makes costs some 20 ms of main-thread time in Chromium while it loads locale data, more than
// drawing the default view's dates and counts takes. The output is what Intl gives for en-GB.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-05-15" → "15 May 2025": the calendar day as written, whatever the reader's time zone. */
export function formatDate(isoDate: string): string {
  const [, year, month, day] = ISO_DATE.exec(isoDate) ?? [];
  const monthName = MONTHS[Number(month) - 1];
  const dayNumber = Number(day);
  if (!year || !monthName || !(dayNumber >= 1 && dayNumber <= 31)) return isoDate;
  return `${dayNumber} ${monthName} ${year}`;
}

/** 1432 → "1,432": a whole count, grouped by thousands. */
export function formatCount(count: number): string {
  const digits = String(Math.abs(Math.round(count)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return count < 0 && grouped !== '0' ? `-${grouped}` : grouped;
}
