import { describe, expect, it } from 'vitest';
import { shortLived, YOUNG_GEN_FLAG, youngGenCommand } from '../../src/cli/young-gen.js';

const NODE = '/usr/bin/node';
const ARGV = [NODE, '/opt/warroom.js', 'demo', '--theme', 'mono'];

describe('youngGenCommand', () => {
  it('starts the same script with the same arguments, the flag first and node options kept', () => {
    expect(youngGenCommand(NODE, ['--expose-gc'], ARGV, {})).toEqual([
      NODE,
      YOUNG_GEN_FLAG,
      '--expose-gc',
      '/opt/warroom.js',
      'demo',
      '--theme',
      'mono',
    ]);
  });

  it('leaves a command line alone that already sets the young generation, so it cannot loop', () => {
    expect(youngGenCommand(NODE, [YOUNG_GEN_FLAG], ARGV, {})).toBeUndefined();
    expect(youngGenCommand(NODE, ['--max-semi-space-size=64'], ARGV, {})).toBeUndefined();
  });

  it('respects the size given in NODE_OPTIONS, and WARROOM_YOUNG_GEN=off', () => {
    expect(youngGenCommand(NODE, [], ARGV, { NODE_OPTIONS: '--max-semi-space-size=4' })).toBeUndefined();
    expect(youngGenCommand(NODE, [], ARGV, { WARROOM_YOUNG_GEN: 'off' })).toBeUndefined();
    expect(youngGenCommand(NODE, [], ARGV, { NODE_OPTIONS: '--enable-source-maps' })?.[1]).toBe(
      YOUNG_GEN_FLAG,
    );
  });

  it('does not restart for a command that prints and exits, only for the screens and servers', () => {
    for (const args of [
      ['--version'],
      ['export', '-o', 'x.md'],
      ['profile', 'check', 'p.json'],
      ['import-runbook', 'r.md'],
      ['drill'],
      ['drill', '--report'],
      ['demo', '--help'],
    ]) {
      expect(shortLived(args), args.join(' ')).toBe(true);
      expect(
        youngGenCommand(NODE, [], [NODE, '/opt/warroom.js', ...args], {}),
        args.join(' '),
      ).toBeUndefined();
    }
    for (const args of [
      [],
      ['demo'],
      ['drill', 'db-pool-exhaustion'],
      ['--feed', 'ws://127.0.0.1:9'],
      ['bridge'],
      ['record', '--feed', 'ws://x', '-o', 'f.jsonl'],
    ])
      expect(shortLived(args), args.join(' ') || '(none)').toBe(false);
  });
});
