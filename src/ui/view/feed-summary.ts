/** The footer's account of each feed connection, as styled segments. */
import { displayUrl } from '../../feeds/display-url.js';
import type { MetricStore } from '../../feeds/store.js';
import type { TokenName } from '../../theme/tokens.js';
import { formatAge } from './format.js';

/** A piece of footer text with its token. */
export type Segment = { readonly text: string; readonly token: TokenName };

// The footer names every feed at every repaint; parsing a URL each time showed in profiles.
const shortUrls = new Map<string, string>();

/** host:port (and path when it says something) — enough to tell feeds apart. */
export function shortUrl(url: string): string {
  let short = shortUrls.get(url);
  if (short === undefined) {
    short = parseShort(url);
    // A seat has a handful of feeds; the bound only guards against a caller passing many.
    if (shortUrls.size >= 64) shortUrls.clear();
    shortUrls.set(url, short);
  }
  return short;
}

function parseShort(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return displayUrl(url);
  }
}

/** One segment per feed: connecting, live, stale (since when) or down (next retry in N s). */
export function feedSegments(store: MetricStore, now: number): Segment[] {
  const out: Segment[] = [];
  for (const [url, state] of store.feeds) {
    const name = shortUrl(url);
    switch (state.kind) {
      case 'connecting':
        out.push({
          text: state.open
            ? `◌ ${name} connected, waiting for data`
            : `◌ ${name} connecting${state.attempt > 0 ? ` (try ${state.attempt + 1})` : ''}`,
          token: 'feed.connecting',
        });
        break;
      case 'live': {
        if (store.isFeedStale(url, now)) {
          const last = Math.max(store.lastFrameAt.get(url) ?? 0, state.since);
          out.push({ text: `▲ ${name} STALE ${formatAge(now - last)}`, token: 'feed.stale' });
        } else out.push({ text: `● ${name} live`, token: 'feed.live' });
        break;
      }
      case 'down': {
        const retry = Math.max(0, Math.ceil((state.nextRetryAt - now) / 1000));
        out.push({
          text: `✖ ${name} DOWN ${formatAge(now - (store.outageSince.get(url) ?? state.since))} (${state.reason}), retry in ${retry}s`,
          token: 'feed.down',
        });
        break;
      }
      default: {
        const never: never = state;
        return never;
      }
    }
  }
  if (out.length === 0) out.push({ text: '◌ no feed configured', token: 'feed.connecting' });
  const sources = sourceSegments(store, now);
  // A source in trouble goes first, so a narrow footer still shows why.
  return [
    ...sources.filter((s) => s.token !== 'feed.live'),
    ...out,
    ...sources.filter((s) => s.token === 'feed.live'),
  ];
}

/** One segment per source a feed reports on (v1.1): "✖ prometheus DOWN 12s: connection refused". */
export function sourceSegments(store: MetricStore, now: number): Segment[] {
  const out: Segment[] = [];
  for (const [name, s] of store.sources) {
    // When the feed that reported it is down or stale, that feed's own segment says so.
    if (store.feeds.get(s.feed)?.kind !== 'live' || store.isFeedStale(s.feed, now)) continue;
    if (s.status === 'up') out.push({ text: `● ${name}`, token: 'feed.live' });
    else if (s.status === 'degraded')
      out.push({ text: `▲ ${name}: ${s.reason ?? 'degraded'}`, token: 'feed.stale' });
    else
      out.push({
        text: `✖ ${name} DOWN ${formatAge(Math.max(0, now - s.since))}: ${s.reason ?? 'no reason given'}`,
        token: 'feed.down',
      });
  }
  return out;
}

/** Message rate and rejection count, with the last reason when there is one. */
export function trafficText(store: MetricStore, now: number): string {
  const rate = store.messageRate(now);
  const base = `${rate < 10 ? rate.toFixed(1) : Math.round(rate)} msg/s · ${store.rejected} rejected`;
  const unknown = store.unknown > 0 ? ` · ${store.unknown} unknown type` : '';
  const capped =
    store.droppedServices > 0
      ? ` · ${store.droppedServices} services over the cap of ${store.maxServices}, dropped`
      : '';
  const last = store.lastRejection ? ` (last: ${store.lastRejection.reason})` : '';
  return base + unknown + capped + last;
}
