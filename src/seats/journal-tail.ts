/** Reading a journal from a byte offset: the complete lines written since, each with its offset. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { incidentEventSchema } from '../incident/events.js';
import type { Placed } from './seat.js';

/** Complete lines from `offset` on, the offset to read from next, and the lines that were not events. */
export type Tail = { readonly placed: Placed[]; readonly next: number; readonly skipped: number };

/** Reads the events written to `path` at or after byte `offset`; a line still being written is left for later. */
export function readTail(path: string, offset: number): Tail {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return { placed: [], next: offset, skipped: 0 };
  }
  try {
    const size = fstatSync(fd).size;
    // A journal cut back below what was read (a failed write undone) has no new complete lines.
    if (size <= offset) return { placed: [], next: Math.min(offset, size), skipped: 0 };
    const buffer = Buffer.alloc(size - offset);
    let got = 0;
    while (got < buffer.length) {
      const n = readSync(fd, buffer, got, buffer.length - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    const end = buffer.lastIndexOf(0x0a, got - 1);
    if (end < 0) return { placed: [], next: offset, skipped: 0 };
    const placed: Placed[] = [];
    let skipped = 0;
    let start = 0;
    while (start <= end) {
      const stop = buffer.indexOf(0x0a, start);
      const line = buffer.subarray(start, stop).toString('utf8');
      if (line.trim() !== '') {
        const event = parse(line);
        if (event) placed.push({ event, seq: offset + start });
        else skipped += 1;
      }
      start = stop + 1;
    }
    return { placed, next: offset + end + 1, skipped };
  } finally {
    closeSync(fd);
  }
}

function parse(line: string) {
  try {
    const parsed = incidentEventSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
