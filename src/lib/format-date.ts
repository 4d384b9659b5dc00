// Dates and counts for the page's header, in a module of their own: the other labels (numbers
// with decimals, verification words) are needed only by the views, which load later.
// They are spelled out here rather than through Intl: the first Intl object a page
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

/** 1432 → "1,432": a whole count. */
export const formatCount = (count: number): string => String(Math.round(count)).replace(/\B(?=(\d{3})+$)/g, ',');
