const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * When a recent call was handed to Zoom, in the shown locale: "5 minutes ago" within the hour, the time of day
 * today, else the date and time. `timeZone` is for tests; the popup uses the system's.
 */
export function formatCallTime(at: number, now: number, locale: string, timeZone?: string): string {
  const zone = timeZone === undefined ? {} : { timeZone };
  const ago = now - at;
  if (ago >= 0 && ago < HOUR) {
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    return ago < MINUTE ? relative.format(0, 'second') : relative.format(-Math.floor(ago / MINUTE), 'minute');
  }
  const day = new Intl.DateTimeFormat('en-CA', { ...zone, dateStyle: 'short' });
  const today = day.format(at) === day.format(now);
  const style: Intl.DateTimeFormatOptions = today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locale, { ...zone, ...style }).format(at);
}
