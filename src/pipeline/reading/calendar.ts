// Plain calendar arithmetic on YYYY-MM-DD strings, in UTC so no time zone shifts a day.

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** YYYY-MM-DD from the UTC fields (toISOString builds the whole timestamp, a hot spot on large corpora). */
export function toIso(date: Date): string {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  if (year < 0 || year > 9999) return date.toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(iso: string, days: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

export function weekdayOf(iso: string): number {
  return toDate(iso).getUTCDay();
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The date of `weekday` relative to `reference`: the latest one on or before it
 * (`back`), the earliest on or after it (`ahead`), strictly after (`next`) or
 * strictly before (`last`), or the nearest either way (`nearest`).
 */
export function weekdayNear(
  reference: string,
  weekday: number,
  direction: 'back' | 'ahead' | 'next' | 'last' | 'nearest',
): string {
  const today = weekdayOf(reference);
  const behind = (today - weekday + 7) % 7;
  const forward = (weekday - today + 7) % 7;
  switch (direction) {
    case 'back':
      return addDays(reference, -behind);
    case 'ahead':
      return addDays(reference, forward);
    case 'next':
      return addDays(reference, forward === 0 ? 7 : forward);
    case 'last':
      return addDays(reference, -(behind === 0 ? 7 : behind));
    case 'nearest':
      return addDays(reference, behind <= forward ? -behind : forward);
  }
}
