/** Child process for the stop() test: connect, go live, stop, then let the event loop drain. */
import { FeedClient } from '../../src/feeds/client.js';

const [url] = process.argv.slice(2);
const refused = 'ws://127.0.0.1:1';
const client = new FeedClient({
  urls: [url!, refused],
  backoff: { baseMs: 60_000, capMs: 60_000 },
  deadAfterMs: 60_000,
  onFrame: () => {},
  onState: (_url, state) => {
    const states = client.states();
    if (
      (states.get(url!)?.kind === 'live' || (state.kind === 'connecting' && state.open === true)) &&
      states.get(refused)?.kind === 'down' &&
      state.kind !== 'down'
    ) {
      void client
        .stop()
        .then(() => process.stdout.write(`stopped ${JSON.stringify([...client.states()])}\n`));
    }
  },
});
client.start();
