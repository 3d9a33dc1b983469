/** Appending one JSON line to a file, fsynced, for the file target and the drill outbox. */
import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a parent is not a directory',
};

/** Appends `value` as one JSON line and returns only once it is on disk; throws a sentence for people. */
export function appendJsonLine(path: string, value: unknown): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'a');
    try {
      writeSync(fd, `${JSON.stringify(value)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new Error(`could not write ${path}: ${REASONS[code] ?? (code || (error as Error).message)}`);
  }
}
