/**
 * What the runbook importer extracts before it is mapped onto a profile: every value carries the
 * line it came from so the report can point at it.
 */

/** A time span in the profile's own shape ({minutes: 15}, {businessDays: 1}, {kind: 'daily'}). */
export type { Duration } from '../incident/duration.js';

import type { Duration } from '../incident/duration.js';

/** A value and the 1-based line of the (repaired) runbook it was read from. */
export interface Found<T> {
  readonly value: T;
  readonly line: number;
}

/** One severity level as the runbook describes it. */
export interface SeverityDraft {
  id: string;
  label?: string;
  line: number;
  description?: Found<string>;
  ack?: Found<Duration>;
  mitigation?: Found<Duration>;
  cadence?: Found<Duration>;
  escalation?: Found<string>;
  escalateAfter?: Found<Duration>;
  notify?: Found<string[]>;
  watch?: Found<Duration>;
  postmortem?: Found<Duration>;
  /** The written post-mortem's own deadline, when the runbook gives one beside the review's. */
  postmortemDocument?: Found<Duration>;
  /** Whether the runbook says this level's post-mortem is required ("Required for SEV1") or optional ("Optional for SEV3"). */
  postmortemRequired?: Found<boolean>;
  /** "after closing the incident" rather than after resolving it. */
  postmortemFrom?: 'closed';
}

/** A response role. */
export interface RoleDraft {
  id: string;
  name: string;
  description?: string;
  line: number;
}

/** The stages a checklist can belong to, guessed from its heading. */
export type Stage = 'triage' | 'during' | 'resolution' | 'verify' | 'after';

/** A group of task items under one heading. */
export interface ChecklistDraft {
  id: string;
  title: string;
  stage: Stage;
  /** True when no heading word gave the stage away and 'during' was assumed. */
  stageAssumed: boolean;
  line: number;
  items: Array<{ text: string; checked: boolean; line: number }>;
}

/** The kind of status message a template is for. */
export type TemplateKind = 'declaration' | 'update' | 'resolution' | 'customer' | 'internal';

/** A communication template with its placeholders turned into variables. */
export interface TemplateDraft {
  id: string;
  name: string;
  kind: TemplateKind;
  body: string;
  variables: string[];
  line: number;
}

/** A quick command read from a shell block or an inline code span. */
export interface CommandDraft {
  id: string;
  label: string;
  text: string;
  argv: string[];
  needsShell: boolean;
  destructive: boolean;
  line: number;
  /** The command as the runbook wrote it, when import rewrote it ("deploy/my-service" became "deploy/{service}"). */
  written?: string;
}

/** A webhook listed in a table with a confirmation column. */
export interface WebhookDraft {
  id: string;
  description?: string;
  url?: string;
  confirm: boolean;
  line: number;
}

/** "P2 unresolved for 4 h becomes P1". */
export interface EscalationDraft {
  from: string;
  to: string;
  after: Duration;
  condition: 'unresolved' | 'unmitigated' | 'unacknowledged';
  line: number;
}

/** Who to escalate to, in order, from a list under an escalation heading. */
export interface EscalationList {
  heading: string;
  names: string[];
  line: number;
}

/** One step of an escalation chain: who, after how long, and the levels it is limited to. */
export interface EscalationStep {
  who: string;
  after?: Duration;
  only?: string[];
  line: number;
}

/** A sentence or list saying which roles one level needs ("For SEV2: Minimum IC + Technical Lead"). */
export interface LevelRoles {
  level: string;
  text: string;
  /** The role names of a list, one per item, when the roles came as a list rather than a sentence. */
  names?: readonly string[];
  line: number;
}

/** Everything the importer found, whether or not it makes a valid profile. */
export interface Extraction {
  title?: Found<string>;
  source: string;
  flattened: boolean;
  repairedMojibake: number;
  severities: SeverityDraft[];
  roles: RoleDraft[];
  checklists: ChecklistDraft[];
  templates: TemplateDraft[];
  commands: CommandDraft[];
  webhooks: WebhookDraft[];
  escalations: EscalationDraft[];
  escalationList?: EscalationList;
  escalationPath: EscalationStep[];
  levelRoles: LevelRoles[];
}

/**
 * One line of the import report: found in the runbook, filled from the --merge base, set to the
 * product's default, missing (left absent), not understood (a line the importer could not read), or a note.
 */
export interface ReportLine {
  readonly status: 'found' | 'base' | 'default' | 'missing' | 'unread' | 'note';
  readonly field: string;
  readonly detail: string;
  readonly line?: number;
}
