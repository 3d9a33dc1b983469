/**
 * A delivery's detail may end with how many times the HTTP layer itself tried within one send,
 * " (3 attempts)". Places that count whole sends beside it (the outbox panel's TRIES, the
 * timeline's "failed after 3 attempts") leave it out, so no two numbers read alike.
 */

/** The suffix a failure's detail gets when the HTTP layer tried `attempts` times within one send. */
export function innerTries(attempts: number): string {
  return ` (${attempts} attempts)`;
}

/** `detail` without that suffix. */
export function withoutInnerTries(detail: string): string {
  return detail.replace(/ \(\d+ attempts\)$/, '');
}
