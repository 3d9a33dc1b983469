// The changed-cells floor between two screens, read from what the terminal showed (so it is the
// same for every renderer): each changed cell's text, the shortest cursor move (3 bytes, ESC [ C)
// before each run of changed cells, and an SGR only where the style differs from the pen, which
// carries over from run to run. Nothing for synchronized-output markers or resets.

const MOVE = 3;

/** Bytes the floor needs to turn screen a into screen b. */
export function floorBytes(a, b) {
  let total = 0;
  let pen = '';
  for (let y = 0; y < b.length; y += 1) {
    const ra = a[y];
    const rb = b[y];
    let x = 0;
    while (x < rb.length) {
      if (same(ra[x], rb[x])) {
        x += 1;
        continue;
      }
      total += MOVE;
      while (x < rb.length && !same(ra[x], rb[x])) {
        const [chars, width, sgr] = rb[x];
        if (width > 0) {
          if (sgr !== pen) total += sgr === '' ? 3 : sgr.length + 3;
          pen = sgr;
          total += Buffer.byteLength(chars);
        }
        x += 1;
      }
    }
  }
  return total;
}

function same(p, q) {
  return p[0] === q[0] && p[1] === q[1] && p[2] === q[2];
}
