/** What the drill keys do, and the drill banner's text. */
import type { CommandId } from '../keys/bindings.js';
import type { UiAction } from '../ui/state.js';
import { type DrillSession, SEEK_STEP_MS } from './drill-session.js';

/** Scenario offset as m:ss. */
export function formatOffset(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The drill banner: which scenario, where in it, how fast, and the latest inject. */
export function drillLine(drill: DrillSession): string {
  const state = drill.ended ? 'ENDED' : drill.paused ? '⏸ PAUSED' : `▶ ${drill.speed}x`;
  const inject = drill.latestInject();
  const latest = inject ? ` · ${formatOffset(inject.at)} ${inject.text}` : '';
  const where = `${formatOffset(drill.position)}/${formatOffset(drill.scenario.duration_ms)}`;
  return ` DRILL ${drill.scenario.name} · ${where} · ${state}${latest}`;
}

/** Pause, speed, seek and the scorecard. */
export function drillCommand(id: CommandId, drill: DrillSession | undefined): UiAction[] {
  if (!drill) return [];
  switch (id) {
    case 'drill.pause':
      return [{ type: 'notice', text: `drill ${drill.togglePause()}` }];
    case 'drill.slower':
    case 'drill.faster':
      return [{ type: 'notice', text: `drill at ${drill.stepSpeed(id === 'drill.faster' ? 1 : -1)}x` }];
    case 'drill.back':
    case 'drill.forward':
      drill.seekBy(id === 'drill.forward' ? SEEK_STEP_MS : -SEEK_STEP_MS);
      return [{ type: 'notice', text: `drill at ${formatOffset(drill.position)}` }];
    case 'drill.score':
      return [{ type: 'scorecard/open' }];
    default:
      return [];
  }
}
