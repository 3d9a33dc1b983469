// The one table the bench prints: each figure beside its baseline from the same run.
const f = (n, d = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })
    : '—';
const ms = (v) => v.map((x) => f(x, 1)).join(' / ');

/** Markdown rows for the results object. */
export function table(r) {
  const rows = [['measure', 'warroom (cells, default)', 'baseline', 'goal', 'met']];
  const add = (...cells) => rows.push(cells);
  for (const b of r.bandwidth ?? []) {
    const ratio = b.cells.bytesPerS / b.cells.floorPerS;
    add(
      `bytes/s at steady state, ${b.size}`,
      `${f(b.cells.bytesPerS)} (floor ${f(b.cells.floorPerS)}, ${f(ratio, 2)}x; ${f(b.cells.framesPerS, 1)} frames/s)`,
      `Ink incremental ${f(b.ink.bytesPerS)} (floor ${f(b.ink.floorPerS)}, ${f(b.ink.bytesPerS / b.ink.floorPerS, 2)}x)`,
      b.size === '80x24' ? '≤1.3x floor, <2,000' : '≤1.3x floor',
      ratio <= 1.3 && (b.size !== '80x24' || b.cells.bytesPerS < 2000) ? 'yes' : 'no',
    );
  }
  for (const b of r.bandwidth ?? []) {
    if (b.size !== '160x48') continue;
    const main = (x) => (Number.isFinite(x.mainThreadPct) ? ` (main thread ${f(x.mainThreadPct, 2)})` : '');
    add(
      'CPU at 1 Hz, 160x48 (% of a core)',
      `${f(b.cells.cpuPct, 2)}${main(b.cells)}`,
      `Ink incremental ${f(b.ink.cpuPct, 2)}${main(b.ink)}`,
      '≤1.5%',
      b.cells.cpuPct <= 1.5 ? 'yes' : 'no',
    );
  }
  for (const l of r.latency ?? []) {
    const goal = l.load === '1 Hz' ? 16 : 25;
    add(
      `key → first byte / frame done, p50/p95/p99 ms (${l.load}, ${l.cells.size})`,
      `${ms(l.cells.first)} · ${ms(l.cells.frame)}`,
      `Ink ${ms(l.ink.first)} · ${ms(l.ink.frame)}`,
      `p99 ≤${goal} ms`,
      l.cells.frame[2] <= goal ? 'yes' : 'no',
    );
    if (l.load === '1 Hz')
      add(
        `bytes per key press (selection moves: 2 rows), ${l.cells.size}`,
        f(l.cells.bytesP50),
        `Ink ${f(l.ink.bytesP50)}`,
        '<512',
        l.cells.bytesP50 < 512 ? 'yes' : 'no',
      );
  }
  for (const i of r.idle ?? []) {
    // A quiet feed (unchanged values every 5 s) should cost next to nothing: ≤0.3% of a core.
    const cpuGoal = i.feed === 'quiet' ? 0.3 : 0.5;
    add(
      `idle (${i.feed ?? 'heartbeats only'}), ${i.size}: bytes/s · frames/s · CPU %`,
      `${f(i.cells.bytesPerS, 1)} · ${f(i.cells.framesPerS, 2)} · ${f(i.cells.cpuPct, 2)}`,
      `Ink ${f(i.ink.bytesPerS, 1)} · ${f(i.ink.framesPerS, 2)} · ${f(i.ink.cpuPct, 2)}`,
      `<300 B/s, ≤1 frame/s, ≤${cpuGoal}%`,
      i.cells.bytesPerS < 300 && i.cells.framesPerS <= 1.05 && i.cells.cpuPct <= cpuGoal ? 'yes' : 'no',
    );
  }
  if (r.ingest) {
    const { app, bare } = r.ingest;
    add(
      'ingest ceiling (msg/s without falling behind)',
      f(app.ceiling),
      `bare ws client ${f(bare.ceiling)}`,
      '≥50% of bare',
      app.ceiling >= bare.ceiling / 2 ? 'yes' : 'no',
    );
  }
  if (r.soak) {
    const s = r.soak;
    add(
      `memory over ${f(s.frames)} frames: heap slope MB/1k frames · RSS max MB`,
      `${f(s.heapSlopeMbPer1k, 4)} · ${f(s.rssMaxMb)}`,
      '—',
      '<0.05 · ≤150',
      s.heapSlopeMbPer1k < 0.05 && s.rssMaxMb <= 150 ? 'yes' : 'no',
    );
  }
  if (r.startup) {
    const s = r.startup;
    add(
      'start-up: exec → first complete frame, ms (median)',
      f(s.appMs),
      `minimal Ink app ${f(s.inkMs)}`,
      '<2x',
      s.appMs < 2 * s.inkMs ? 'yes' : 'no',
    );
  }
  if (r.resize) {
    const z = r.resize;
    add(
      '20 resizes in 2 s: frames taller than the terminal · without the keys on the bottom row · final = fresh start',
      `${z.tallerFrames} of ${z.frames} · ${z.offSizeFrames} · ${z.identical ? 'identical' : 'differs'} (${z.inFlightFrames ?? 0} frames drawn before the app saw the resize, not judged)`,
      '—',
      '0 · 0 · identical',
      z.tallerFrames === 0 && z.offSizeFrames === 0 && z.identical ? 'yes' : 'no',
    );
  }
  if (r.bridge) {
    const b = r.bridge;
    add(
      `bridge, ${b.services} services, ${b.seats} seats, ${b.intervalS} s polls: Prometheus queries/min · bridge CPU % · value in Prometheus → screen p50/max ms`,
      `${f(b.queriesPerMin, 1)} · ${f(b.bridgeCpuPct, 2)} · ${f(b.changeToScreenMs.p50)} / ${f(b.changeToScreenMs.max)}`,
      `${f(b.expectedPerMin)} queries/min expected for one poller`,
      `= expected (not × seats) · <2% · < poll + 1 s`,
      Math.abs(b.queriesPerMin - b.expectedPerMin) <= b.expectedPerMin * 0.15 &&
        b.bridgeCpuPct < 2 &&
        b.changeToScreenMs.max < b.intervalS * 1000 + 1000
        ? 'yes'
        : 'no',
    );
  }
  if (r.seats) {
    const s = r.seats;
    add(
      'seat to seat through the hub (nats-server on loopback), p50/p99 ms',
      `${f(s.hubLatency.p50, 1)} / ${f(s.hubLatency.p99, 1)} (${s.hubLatency.n} actions)`,
      '—',
      'p99 <250 ms',
      s.hubLatency.p99 < 250 ? 'yes' : 'no',
    );
    add(
      'seat to seat on a shared data dir, p50/p99 ms',
      `${f(s.dirLatency.p50, 1)} / ${f(s.dirLatency.p99, 1)} (${s.dirLatency.n} actions)`,
      '—',
      '<1,000 ms',
      s.dirLatency.p99 < 1000 ? 'yes' : 'no',
    );
    for (const [label, t] of [['hub', s.hubThree], ['shared data dir', s.dirThree]])
      add(
        `3 seats x ${f((t.events - 1) / 3)} events (${label}): lost · duplicated · same fold`,
        `${t.lost} · ${t.duplicated} · ${t.sameOrder && t.sameFold ? 'yes' : 'no'} (${f(t.seconds, 1)} s)`,
        '—',
        '0 lost, 0 twice',
        t.lost === 0 && t.duplicated === 0 && t.sameFold ? 'yes' : 'no',
      );
  }
  if (r.import) {
    const i = r.import;
    add(
      `import a generated ${f(i.mb, 1)} MB runbook (${f(i.lines)} lines): CPU s · wall s · \`warroom import-runbook\` wall s`,
      `${f(i.importer.cpuS, 2)} · ${f(i.importer.wallS, 2)} · ${f(i.cliWallS, 2)}`,
      `marked's lexer alone ${f(i.lexer.cpuS, 2)} · ${f(i.lexer.wallS, 2)}`,
      '<5 s',
      i.importer.cpuS < 5 && i.levels > 0 ? 'yes' : 'no',
    );
  }
  return rows
    .map((c) => `| ${c.join(' | ')} |`)
    .join('\n')
    .replace(/^(\|[^\n]*\|)\n/, (_m, h) => `${h}\n|${' --- |'.repeat(5)}\n`);
}
