/** The incidents in a data directory, open or closed, for resuming and listing. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { journalDir } from './data-dir.js';
import { readJournal } from './journal-read.js';
import { fold, isOpen } from './reducer.js';
import type { Status } from './events.js';

/** One incident found on disk. */
export type IncidentListing = {
  readonly id: string;
  readonly path: string;
  readonly title: string;
  readonly severity: string;
  readonly status: Status;
  readonly open: boolean;
  readonly drill: boolean;
  readonly declaredAt: number;
  readonly lastEventAt: number;
  readonly warnings: readonly string[];
  /** No declaration could be read: the file is empty, a directory, or its first line is corrupt. */
  readonly damaged: boolean;
};

/** Incidents in the data directory (drills when `drill`), newest first. */
export function listIncidents(
  dataDir: string,
  options: { readonly drill?: boolean; readonly demo?: boolean } = {},
): IncidentListing[] {
  const dir = journalDir(dataDir, options.demo ? 'demo' : (options.drill ?? false));
  return incidentsIn(dir, options.drill ?? options.demo ?? false);
}

/** Incidents whose journals are in `dir`, newest first. */
export function incidentsIn(dir: string, drill = false): IncidentListing[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .map((file) => {
      const path = join(dir, file);
      const read = readJournal(path);
      const s = fold(read.events);
      return {
        id: s.id || file.replace(/\.jsonl$/, ''),
        path,
        title: s.title,
        severity: s.severity,
        status: s.status,
        open: isOpen(s),
        drill,
        declaredAt: s.declaredAt,
        lastEventAt: s.lastEventAt,
        warnings: read.warnings,
        damaged: !s.declared,
      };
    })
    .sort((a, b) => b.declaredAt - a.declaredAt || a.id.localeCompare(b.id));
}
