/** Recognising severity names: P0, SEV1, SEV-2, "Sev 3", and named levels such as Critical. */

const ID = /\b(P\d|SEV[- ]?\d|Sev[- ]?\d|sev[- ]?\d)\b/;
const NAMED = [
  'critical', 'high', 'major', 'medium', 'moderate', 'minor', 'low', 'urgent', 'normal', 'trivial',
  'emergency', 'severe', 'serious', 'significant', 'informational', 'very high', 'very low',
];

/** The comparison key of an id: "SEV-1", "Sev 1" and "SEV1" all give "SEV1". */
export const severityKey = (id: string): string => id.toUpperCase().replace(/[-\s]/g, '');

/** The first severity id in a text, as written but upper-cased ("sev-1" gives "SEV-1"). */
export function findSeverityId(text: string): string | undefined {
  const m = ID.exec(text);
  return m?.[1]?.toUpperCase().replace(/\s+/, '-');
}


/** The id of a level the runbook names without one: its name, as written, in id form ("Sev High" gives "Sev-High"). */
export function nameAsId(name: string): string {
  return name
    .replace(/[*_`]/g, '')
    .trim()
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32);
}

/** A named level ("Critical", "Minor") or undefined. */
export function namedLevel(text: string): string | undefined {
  const word = text.replace(/[*_`]/g, '').trim().toLowerCase();
  return NAMED.includes(word) ? word : undefined;
}

/**
 * Every severity a phrase refers to, as keys: "P0/P1", "SEV1/2", "P1-P2", "SEV1 and SEV2", "P0, P1".
 */
export function severityRefs(text: string): string[] {
  const keys: string[] = [];
  const re = /\b(P|SEV[- ]?)([0-9])((?:\s*(?:\/|,|-|–|\band\b|\bor\b|&)\s*(?:P|SEV[- ]?)?[0-9]\b)*)/gi;
  for (const m of text.matchAll(re)) {
    const prefix = (m[1] ?? '').toUpperCase().replace(/[-\s]/g, '');
    let last = Number(m[2]);
    keys.push(`${prefix}${last}`);
    for (const part of (m[3] ?? '').matchAll(/(\/|,|-|–|and|or|&)\s*(?:P|SEV[- ]?)?([0-9])/gi)) {
      const n = Number(part[2]);
      const range = part[1] === '-' || part[1] === '–';
      for (let k = range ? last + 1 : n; k <= n; k++) keys.push(`${prefix}${k}`);
      last = n;
    }
  }
  return [...new Set(keys)];
}
