/** The import report: what was found and where, what came from the base profile, what is missing. */
import type { ReportLine } from './types.js';

/** Collects report lines while a profile is assembled. */
export class Reporter {
  readonly lines: ReportLine[] = [];

  /** A value read from the runbook at `line`. */
  found(field: string, detail: string, line: number): void {
    this.lines.push({ status: 'found', field, detail, line });
  }

  /** A value taken from the base profile given with --merge. */
  base(field: string, detail: string): void {
    this.lines.push({ status: 'base', field, detail });
  }

  /** A value the runbook does not give, left for the user to fill. */
  missing(field: string, detail: string): void {
    this.lines.push({ status: 'missing', field, detail });
  }

  /** Anything else the user should know. */
  note(field: string, detail: string, line?: number): void {
    this.lines.push({ status: 'note', field, detail, ...(line === undefined ? {} : { line }) });
  }
}

const ORDER: Record<ReportLine['status'], number> = { found: 0, base: 1, missing: 2, note: 3 };
const HEADINGS: Record<ReportLine['status'], string> = {
  found: 'Found in the runbook',
  base: 'Filled from the base profile',
  missing: 'Missing: not in the runbook, left for you to fill',
  note: 'Notes',
};

/** The report as text for a terminal, grouped by status, one value per line. */
export function formatReport(report: readonly ReportLine[]): string {
  const out: string[] = [];
  for (const status of Object.keys(ORDER) as Array<ReportLine['status']>) {
    const lines = report.filter((l) => l.status === status);
    if (lines.length === 0) continue;
    out.push(`${HEADINGS[status]} (${lines.length}):`);
    const width = Math.min(40, Math.max(...lines.map((l) => l.field.length)));
    for (const l of lines) {
      const where = l.line === undefined ? '' : `line ${l.line}: `;
      out.push(`  ${l.field.padEnd(width)}  ${where}${l.detail}`);
    }
  }
  return out.join('\n');
}
