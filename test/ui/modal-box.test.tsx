/** Modal boxes sized to their content, up to 140 columns, and never taller than their room. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Modal } from '../../src/ui/modal.js';
import { ModalView } from '../../src/ui/panels/ModalView.js';
import { MODAL_MAX_COLUMNS, modalRows, modalWidth } from '../../src/ui/view/modal-box.js';
import { renderAt, type Screen } from '../helpers/render.js';

const palette: Modal = {
  kind: 'picker',
  purpose: 'commands',
  label: 'Quick commands',
  index: 0,
  options: Array.from({ length: 6 }, (_, i) => ({
    id: `c${i}`,
    label: `rollback-service-${i}`,
    hint: `kubectl rollout undo deployment/service-${i} --namespace production --to-revision=4${i}`,
  })),
};

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

describe('modal width', () => {
  it('lets a palette with long commands grow past 90 columns on a wide screen, up to the cap', () => {
    expect(modalWidth(palette, 200)).toBeGreaterThan(90);
    expect(modalWidth(palette, 200)).toBeLessThanOrEqual(MODAL_MAX_COLUMNS);
    // Sized to its content wherever that fits.
    expect(modalWidth(palette, 120)).toBe(modalWidth(palette, 200));
    expect(modalWidth(palette, 80)).toBe(80);
  });

  it('keeps a short confirmation small', () => {
    const confirm: Modal = { kind: 'confirm', purpose: 'x', label: 'Quit?', value: '' };
    expect(modalWidth(confirm, 200)).toBe(60);
  });

  it('shows each command whole at 200 columns', async () => {
    const width = modalWidth(palette, 200);
    screen = renderAt(<ModalView modal={palette} width={width} />, 200, 12);
    const frame = await screen.waitFor((f) => f.includes('Quick commands'), 'the palette');
    expect(frame).toContain('kubectl rollout undo deployment/service-5 --namespace production --to-revision=45');
  });
});

describe('modal height', () => {
  it('windows a long picker around its choice within the rows it may take', () => {
    const long: Modal = { ...palette, options: [...Array(40)].map((_, i) => ({ id: `${i}`, label: `h${i}` })), index: 30 };
    const { rows, offset, count } = modalRows(long, 15);
    expect(rows).toBe(15);
    expect(offset).toBeLessThanOrEqual(30);
    expect(offset + count).toBeGreaterThan(30);
  });
});
