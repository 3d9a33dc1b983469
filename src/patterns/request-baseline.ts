/**
 * Usual request counts per service. The metric store keeps only the latest `requests`, so this
 * companion samples it (once a second is plenty) and keeps a trailing median, leaving out samples
 * taken while traffic is already high so a long surge does not become the new normal.
 */
import { SampleRing } from '../feeds/series.js';
import type { MetricStore } from '../feeds/store.js';

const SAMPLES = 512;
const WINDOW_MS = 30 * 60_000;
/** Samples above this multiple of the current baseline are kept out of it. */
const ELEVATED = 1.5;

type Track = { readonly ring: SampleRing; lastTs: number; baseline: number | undefined };

/** Trailing-median request baselines for the services of one store. */
export class RequestBaselines {
  private readonly tracks = new Map<string, Track>();

  /** Takes one sample of every service whose feed time moved on; cheap enough for every repaint. */
  observe(store: MetricStore): void {
    for (const s of store.services.values()) {
      if (s.requests === undefined) continue;
      let track = this.tracks.get(s.name);
      if (!track) {
        track = { ring: new SampleRing(SAMPLES), lastTs: Number.NEGATIVE_INFINITY, baseline: undefined };
        this.tracks.set(s.name, track);
      }
      if (s.lastFeedTs <= track.lastTs) continue;
      track.lastTs = s.lastFeedTs;
      const elevated = track.baseline !== undefined && s.requests > track.baseline * ELEVATED;
      if (!elevated) track.ring.push(s.lastFeedTs, s.requests);
      track.baseline = track.ring.median(s.lastFeedTs - WINDOW_MS, s.lastFeedTs) ?? track.baseline;
    }
  }

  /** The usual request count of a service, once it has been seen. */
  baseline(service: string): number | undefined {
    return this.tracks.get(service)?.baseline;
  }
}
