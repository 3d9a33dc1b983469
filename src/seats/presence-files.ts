/**
 * Who is here, on a shared data dir: each seat keeps a small file with a heartbeat; a file whose
 * heartbeat is old, or whose process is gone, is a seat that left (or was killed).
 */
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Peer, SeatIdentity } from './seat.js';
import { alive } from '../incident/journal-lock.js';

const beatSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(60),
  readOnly: z.boolean(),
  pid: z.number().int(),
  beat: z.number(),
});

/** How often a seat says it is here. */
export const BEAT_MS = 2000;
/** A seat silent for this long has left. */
export const GONE_MS = 3 * BEAT_MS;

/** Presence through files in `dir`. */
export class PresenceFiles {
  private readonly file: string;
  /** This seat's file, held open to beat in place, and its length in bytes. */
  private held: { fd: number; bytes: number } | undefined;

  constructor(
    private readonly dir: string,
    private readonly me: SeatIdentity,
  ) {
    this.file = join(dir, `${me.id.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`);
  }

  /**
   * Writes this seat's heartbeat. A beat as long as the last one (the usual case: only the time's
   * digits change) overwrites the file in place, one write; any other is written beside it and
   * renamed over it, so readers never see half a file.
   */
  beat(now: number): void {
    const body = Buffer.from(JSON.stringify({ ...this.me, pid: process.pid, beat: now }));
    try {
      const held = this.held;
      // A file removed under us (nlink 0) is made again.
      if (held && held.bytes === body.length && fstatSync(held.fd).nlink > 0) {
        writeSync(held.fd, body, 0, body.length, 0);
        return;
      }
      this.replace(body);
    } catch {
      // presence is a courtesy; a seat that cannot write it still works
    }
  }

  private replace(body: Buffer): void {
    this.release();
    const write = (): void => {
      writeFileSync(`${this.file}.tmp`, body);
      renameSync(`${this.file}.tmp`, this.file);
    };
    try {
      write();
    } catch {
      mkdirSync(this.dir, { recursive: true });
      write();
    }
    this.held = { fd: openSync(this.file, 'r+'), bytes: body.length };
  }

  private release(): void {
    const held = this.held;
    this.held = undefined;
    if (held) closeSync(held.fd);
  }

  /** Seats that beat recently, this one first. */
  read(now: number): Peer[] {
    let files: string[];
    try {
      files = readdirSync(this.dir).filter((f) => f.endsWith('.json'));
    } catch {
      return [];
    }
    const peers: Peer[] = [];
    for (const f of files) {
      try {
        const b = beatSchema.parse(JSON.parse(readFileSync(join(this.dir, f), 'utf8')));
        if (now - b.beat > GONE_MS || !alive(b.pid)) continue;
        peers.push({ id: b.id, name: b.name, readOnly: b.readOnly, me: b.id === this.me.id });
      } catch {
        // a file being replaced, or not ours: skip it
      }
    }
    return peers.sort((a, b) => Number(b.me) - Number(a.me) || a.name.localeCompare(b.name));
  }

  /** Removes this seat's file. */
  leave(): void {
    try {
      this.release();
    } catch {
      // already closed
    }
    try {
      unlinkSync(this.file);
    } catch {
      // already gone
    }
  }
}
