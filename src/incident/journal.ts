/**
 * The append-only journal of one incident: JSON Lines, each event written and fsynced before
 * `append` returns, so anything shown as done survives a closed terminal or kill -9.
 */
import { closeSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type IncidentEvent, incidentEventSchema } from './events.js';
import { incidentIdCandidate } from './incident-id.js';

/** An open journal. */
export type Journal = {
  readonly id: string;
  readonly path: string;
  /** What was repaired when opening (a torn last line cut off), if anything. */
  readonly repaired: string | null;
  /** Writes one event and returns only once it is on disk. */
  append(event: IncidentEvent): void;
  close(): void;
};

/** The journal file of an incident. */
export function journalPath(dir: string, id: string): string {
  return join(dir, `${id}.jsonl`);
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Cuts a torn last line (no newline after it) so the next event starts on a line of its own. */
function repairTail(fd: number): string | null {
  const text = readFileSync(fd, 'utf8');
  if (text.length === 0 || text.endsWith('\n')) return null;
  const keep = text.lastIndexOf('\n') + 1;
  const line = text.slice(0, keep).split('\n').length;
  ftruncateSync(fd, Buffer.byteLength(text.slice(0, keep)));
  fsyncSync(fd);
  return `line ${line} was cut short by a crash and was removed`;
}

function journalOn(fd: number, id: string, path: string, repaired: string | null): Journal {
  let open = true;
  return {
    id,
    path,
    repaired,
    append(event) {
      if (!open) throw new Error(`journal ${path} is closed`);
      const checked = incidentEventSchema.safeParse(event);
      if (!checked.success) throw new TypeError(`refusing to journal an invalid ${event.type} event`);
      const bytes = Buffer.from(`${JSON.stringify(event)}\n`, 'utf8');
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

/** Opens (creating if needed) the journal of incident `id` in `dir` for appending. */
export function openJournal(dir: string, id: string): Journal {
  mkdirSync(dir, { recursive: true });
  const path = journalPath(dir, id);
  const fd = openSync(path, 'a+');
  const repaired = repairTail(fd);
  fsyncDir(dir);
  return journalOn(fd, id, path, repaired);
}

/** Creates the journal of a new incident declared at `at`, taking the first free id. */
export function createJournal(dir: string, at: number): Journal {
  mkdirSync(dir, { recursive: true });
  for (let attempt = 1; ; attempt += 1) {
    const id = incidentIdCandidate(at, attempt);
    const path = journalPath(dir, id);
    let fd: number;
    try {
      // 'wx' fails when the file exists, so two dashboards declaring in the same minute get different ids.
      fd = openSync(path, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw err;
    }
    closeSync(fd);
    fsyncDir(dir);
    return journalOn(openSync(path, 'a'), id, path, null);
  }
}
