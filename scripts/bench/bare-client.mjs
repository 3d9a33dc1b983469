// The ingest baseline: a bare `ws` client that only parses JSON and counts messages.
import WebSocket from 'ws';

let count = 0;
const ws = new WebSocket(process.argv[2]);
ws.on('message', (data) => {
  const m = JSON.parse(data.toString());
  count += m.type === 'batch' ? m.messages.length : 1;
});
process.on('message', () => process.send?.({ count }));
process.on('disconnect', () => process.exit(0));
