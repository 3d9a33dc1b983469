import { describe, expect, it } from 'vitest';
import { needsShell, shellWords } from '../../src/runbook/shell-words.js';

describe('shellWords', () => {
  it.each([
    ['kubectl get pods -n prod', ['kubectl', 'get', 'pods', '-n', 'prod']],
    [`git tag -m "two words" v1`, ['git', 'tag', '-m', 'two words', 'v1']],
    [`echo 'a "b"' c\\ d`, ['echo', 'a "b"', 'c d']],
    [`npm run x -- --pattern="a|b"`, ['npm', 'run', 'x', '--', '--pattern=a|b']],
  ])('%s', (line, argv) => {
    expect(shellWords(line)).toEqual(argv);
  });

  it('refuses an unclosed quote', () => {
    expect(() => shellWords('echo "oops')).toThrow(/unclosed " quote/);
  });
});

describe('needsShell', () => {
  it.each([
    ['a | b', true],
    ['a > out.txt', true],
    ['a && b', true],
    ['echo $(date)', true],
    ['a; b', true],
    [`grep "x|y" file`, false],
    ['kubectl logs deploy/api', false],
  ])('%s -> %s', (line, expected) => {
    expect(needsShell(line)).toBe(expected);
  });
});
