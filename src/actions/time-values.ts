/** Times in status updates, in UTC unless a zone is asked for, always with the zone written out. */

/** A zone: 'UTC' or an IANA name such as 'Europe/Madrid'. */
export type TimeZoneOption = { readonly timeZone?: string };

function parts(at: number, timeZone: string): Record<string, string> {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
  } catch {
    throw new RangeError(
      `unknown time zone "${timeZone}" (expected UTC or an IANA name such as Europe/Madrid)`,
    );
  }
  const out: Record<string, string> = {};
  for (const p of fmt.formatToParts(at)) out[p.type] = p.value;
  return out;
}

/** The zone's short label: "UTC" for UTC, otherwise what Intl calls it ("EST", "GMT+1"). */
function label(p: Record<string, string>, timeZone: string): string {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC' ? 'UTC' : (p.timeZoneName ?? timeZone);
}

/** "2026-11-22 14:05 UTC". */
export function formatDateTime(at: number, timeZone = 'UTC'): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${label(p, timeZone)}`;
}

/** "14:05 UTC". */
export function formatClock(at: number, timeZone = 'UTC'): string {
  const p = parts(at, timeZone);
  return `${p.hour}:${p.minute} ${label(p, timeZone)}`;
}

/** "2026-11-22" in the zone. */
export function formatDate(at: number, timeZone = 'UTC'): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}
