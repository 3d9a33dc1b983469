/** Checklists by stage, the stage the incident is in, and progress per list. */
import { CHECKLIST_STAGES } from './profile-parts.js';
import type { Checklist, ChecklistStage, Profile } from './profile-schema.js';
import { type IncidentState, type Tick, tickKey } from './state.js';

/** Stages in the order an incident reaches them. */
export const STAGE_ORDER: readonly ChecklistStage[] = CHECKLIST_STAGES;

/**
 * The stage that matches where the incident is: triage while investigating, during once the cause
 * is identified or being mitigated, verify while monitoring, resolution once resolved, after once closed.
 */
export function currentStage(s: IncidentState): ChecklistStage {
  if (s.closedAt !== null) return 'after';
  switch (s.status) {
    case 'investigating':
      return 'triage';
    case 'identified':
    case 'mitigating':
      return 'during';
    case 'monitoring':
      return 'verify';
    case 'resolved':
      return 'resolution';
    default: {
      const _never: never = s.status;
      return _never;
    }
  }
}

/** The profile's checklists for one stage. */
export function checklistsFor(profile: Profile, stage: ChecklistStage): Checklist[] {
  return profile.checklists.filter((c) => c.stage === stage);
}

/** One item with its tick, if any. */
export type ItemProgress = { readonly id: string; readonly text: string; readonly tick: Tick | null };
/** Progress through one checklist. */
export type ChecklistProgress = {
  readonly checklist: Checklist;
  readonly done: number;
  readonly total: number;
  readonly items: readonly ItemProgress[];
};

/** How far the incident is through one checklist. */
export function checklistProgress(s: IncidentState, checklist: Checklist): ChecklistProgress {
  const items = checklist.items.map((item) => ({
    id: item.id,
    text: item.text,
    tick: s.ticks[tickKey(checklist.id, item.id)] ?? null,
  }));
  return { checklist, items, done: items.filter((i) => i.tick).length, total: items.length };
}

/** Progress of every checklist in a stage (the current one by default). */
export function stageProgress(s: IncidentState, profile: Profile, stage = currentStage(s)): ChecklistProgress[] {
  return checklistsFor(profile, stage).map((c) => checklistProgress(s, c));
}
