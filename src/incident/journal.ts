/**
 * The append-only journal of one incident: JSON Lines, each event written and fsynced before
 * `append` returns, so anything shown as done survives a closed terminal or kill -9. Several
 * processes may append to one journal (seats on one data dir): each append holds the journal's
 * lock file, and is all or nothing — a failed or short write is cut back before anyone writes again.
 */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type IncidentEvent, incidentEventSchema } from './events.js';
import { incidentIdCandidate } from './incident-id.js';
import { withFileLock } from './journal-lock.js';

/** An open journal. */
export type Journal = {
  readonly id: string;
  readonly path: string;
  /** What was repaired when opening (a torn last line cut off), if anything. */
  readonly repaired: string | null;
  /**
   * Writes one event and returns only once it is on disk; returns the byte offset of its line.
   * `durable: false` skips the fsync (a copy of another seat's event, which the hub keeps): the
   * line still survives a killed process, only not a crash of the machine.
   */
  append(event: IncidentEvent, options?: { readonly durable?: boolean }): number;
  close(): void;
};

/** The journal file of an incident. */
export function journalPath(dir: string, id: string): string {
  return join(dir, `${id}.jsonl`);
}

/** The lock file that serialises appends to a journal. */
export function journalLockPath(path: string): string {
  return `${path}.lock`;
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EIO: 'an I/O error',
  EROFS: 'the file system is read-only',
  EBADF: 'the file is not open for writing',
};

/** Why a write failed, for people. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `${REASONS[code] ?? 'a write error'} (${code})` : (error as Error).message;
}

/** Cuts a torn last line (no newline after it) so the next event starts on a line of its own. */
function repairTail(fd: number): string | null {
  const size = fstatSync(fd).size;
  if (size === 0) return null;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  if (last[0] === 0x0a) return null;
  const text = readFileSync(fd, 'utf8');
  const keep = text.lastIndexOf('\n') + 1;
  const line = text.slice(0, keep).split('\n').length;
  ftruncateSync(fd, Buffer.byteLength(text.slice(0, keep)));
  fsyncSync(fd);
  return `line ${line} was cut short by a crash and was removed`;
}

/** Writes all of `bytes` at the end of the file and fsyncs, or cuts the file back and throws. */
function appendWhole(fd: number, path: string, bytes: Buffer, durable: boolean): number {
  repairTail(fd);
  const start = fstatSync(fd).size;
  try {
    let written = 0;
    while (written < bytes.length) {
      const n = writeSync(fd, bytes, written, bytes.length - written);
      if (n <= 0) throw new Error('the write made no progress');
      written += n;
    }
    if (durable) fsyncSync(fd);
    return start;
  } catch (error) {
    try {
      ftruncateSync(fd, start);
      fsyncSync(fd);
    } catch {
      // the next append's tail check cuts the fragment instead
    }
    throw new Error(`${reason(error)} writing ${path}`);
  }
}

function journalOn(fd: number, id: string, path: string, repaired: string | null): Journal {
  let open = true;
  const lock = journalLockPath(path);
  return {
    id,
    path,
    repaired,
    append(event, options) {
      if (!open) throw new Error(`journal ${path} is closed`);
      const checked = incidentEventSchema.safeParse(event);
      if (!checked.success) throw new TypeError(`refusing to journal an invalid ${event.type} event`);
      const bytes = Buffer.from(`${JSON.stringify(event)}\n`, 'utf8');
      return withFileLock(lock, () => appendWhole(fd, path, bytes, options?.durable ?? true));
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
  const repaired = withFileLock(journalLockPath(path), () => repairTail(fd));
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
    return journalOn(openSync(path, 'a+'), id, path, null);
  }
}
