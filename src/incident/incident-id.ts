/** Incident ids such as INC-20261122-1432, from the declare time in UTC, with -2, -3… if taken. */

/** The base id for a declare time; UTC so people in different zones name an incident alike. */
export function baseIncidentId(at: number): string {
  const iso = new Date(at).toISOString();
  return `INC-${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/** The n-th candidate id for a declare time: the base, then base-2, base-3 and so on. */
export function incidentIdCandidate(at: number, attempt: number): string {
  return attempt <= 1 ? baseIncidentId(at) : `${baseIncidentId(at)}-${attempt}`;
}

/** The first id for `at` that `taken` does not claim. */
export function incidentIdFor(at: number, taken: (id: string) => boolean): string {
  for (let attempt = 1; ; attempt += 1) {
    const id = incidentIdCandidate(at, attempt);
    if (!taken(id)) return id;
  }
}
