// Load generator (its own process): a feed-protocol v1 WebSocket server for N synthetic services.
// Each service sends health, error-rate and latency `perServiceHz` times a second, or the whole
// server sends `rate` messages a second in batches. Controlled over IPC: {rate}, {perServiceHz},
// {idle} (heartbeats only, every 5 s), {quiet} (every 5 s a heartbeat and every service's unchanged
// values, so nothing goes stale and nothing moves); replies {url} once listening and {sent} on request.
import { WebSocketServer } from 'ws';

const services = Number(process.argv[2] ?? 32);
const names = Array.from({ length: services }, (_, i) => `svc-${String(i).padStart(3, '0')}`);
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: 1 << 20 });
let mode = { kind: 'per-service', hz: 1 };
let sent = 0;
let seed = 1;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const value = new Map(names.map((n) => [n, { ratio: 0.002, p95: 100 }]));

function messagesFor(name, ts, move = true) {
  const v = value.get(name);
  if (move) {
    v.ratio = Math.min(0.9, Math.max(0, v.ratio * (0.9 + rand() * 0.2)));
    v.p95 = Math.max(5, v.p95 * (0.95 + rand() * 0.1));
  }
  return [
    { type: 'health', service: name, status: 'up', ts },
    { type: 'error-rate', service: name, ratio: Number(v.ratio.toFixed(5)), requests: 1000, ts },
    { type: 'latency', service: name, p95: Number(v.p95.toFixed(1)), baseline_p95: 100, ts },
  ];
}

function broadcast(messages) {
  for (let i = 0; i < messages.length; i += 200) {
    const text = JSON.stringify({ type: 'batch', messages: messages.slice(i, i + 200) });
    for (const ws of wss.clients) if (ws.readyState === 1) ws.send(text);
  }
  sent += messages.length;
}

wss.on('connection', (ws) => {
  ws.on('error', () => ws.terminate());
  const ts = Date.now();
  ws.send(JSON.stringify({ type: 'batch', messages: names.flatMap((n) => messagesFor(n, ts, false)) }));
});

let cursor = 0;
let owed = 0;
let last = Date.now();
let lastBeat = 0;
function tick() {
  const now = Date.now();
  const dt = (now - last) / 1000;
  last = now;
  if (mode.kind === 'idle' || mode.kind === 'quiet') {
    if (now - lastBeat >= 5000) {
      lastBeat = now;
      const same = mode.kind === 'quiet' ? names.flatMap((n) => messagesFor(n, now, false)) : [];
      broadcast([{ type: 'heartbeat', ts: now }, ...same]);
    }
  } else {
    const rate = mode.kind === 'rate' ? mode.rate : services * 3 * mode.hz;
    owed += rate * dt;
    const out = [];
    while (owed >= 3) {
      out.push(...messagesFor(names[cursor % services], now));
      cursor += 1;
      owed -= 3;
    }
    if (out.length > 0) broadcast(out);
  }
  setTimeout(tick, mode.kind === 'per-service' && mode.hz <= 1 ? 1000 - (now % 1000) : 10);
}

wss.on('listening', () => {
  process.send?.({ url: `ws://127.0.0.1:${wss.address().port}` });
  tick();
});
process.on('message', (m) => {
  if (m.rate !== undefined) mode = { kind: 'rate', rate: m.rate };
  if (m.perServiceHz !== undefined) mode = { kind: 'per-service', hz: m.perServiceHz };
  if (m.idle) mode = { kind: 'idle' };
  if (m.quiet) mode = { kind: 'quiet' };
  if (m.report) process.send?.({ sent });
});
process.on('disconnect', () => process.exit(0));
