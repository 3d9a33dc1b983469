/** The import report: found (with line), from the base, defaulted (why), missing, not understood, notes. */
import { printable } from './binary.js';
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

  /** Structure no runbook states, set to the product's default; `detail` says what and why. */
  defaulted(field: string, detail: string): void {
    this.lines.push({ status: 'default', field, detail });
  }

  /** A value the runbook does not give, left absent in the profile. */
  missing(field: string, detail: string): void {
    this.lines.push({ status: 'missing', field, detail });
  }

  /** A line the importer could not read, and what would make it readable. */
  unread(field: string, detail: string, line: number): void {
    this.lines.push({ status: 'unread', field, detail, line });
  }

  /** Anything else the user should know. */
  note(field: string, detail: string, line?: number): void {
    this.lines.push({ status: 'note', field, detail, ...(line === undefined ? {} : { line }) });
  }
}

const HEADINGS: Record<ReportLine['status'], string> = {
  found: 'Found in the runbook',
  base: 'Filled from the base profile',
  default: 'Defaults (not in the runbook; the product default is written, change it if it is wrong)',
  missing: 'Missing: not in the runbook, left out of the profile',
  unread: 'Not understood: lines the importer could not read',
  note: 'Notes',
};

/** The report as text for a terminal, grouped by status, one value per line. */
export function formatReport(report: readonly ReportLine[]): string {
  const out: string[] = [];
  for (const status of Object.keys(HEADINGS) as Array<ReportLine['status']>) {
    const lines = report.filter((l) => l.status === status);
    if (lines.length === 0) continue;
    out.push(`${HEADINGS[status]} (${lines.length}):`);
    const width = Math.min(40, Math.max(...lines.map((l) => l.field.length)));
    for (const l of lines) {
      const where = l.line === undefined ? '' : `line ${l.line}: `;
      // Fields and details quote the runbook, which must not reach the terminal as control sequences.
      out.push(printable(`  ${l.field.padEnd(width)}  ${where}${l.detail}`));
    }
  }
  return out.join('\n');
}
