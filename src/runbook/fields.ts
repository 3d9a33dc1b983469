/** Which severity field a table header, a bullet key or a sentence talks about. */

/** The per-severity fields the importer fills. */
export type SeverityField =
  | 'id'
  | 'label'
  | 'description'
  | 'ack'
  | 'mitigation'
  | 'cadence'
  | 'escalation'
  | 'notify'
  | 'watch'
  | 'postmortem';

const RULES: ReadonlyArray<readonly [RegExp, SeverityField]> = [
  [/^(severity|sev|sev level|level|priority|prio|incident (level|severity|priority|class|classification)|(severity|priority) (level|rating|class)|classification)$/, 'id'],
  [/^(name|label|title|type|severity name|level name|priority name|short name)$/, 'label'],
  [/responders|notify|notification|stakeholder|who|page|contacts?/, 'notify'],
  [/escalat/, 'escalation'],
  [/post.?mortem|post.?incident|\breview|\bpir\b|retro/, 'postmortem'],
  [/mitigat|resol|restore|fix|recovery/, 'mitigation'],
  [/cadence|updates?|communicat|frequency|status page|comms|\bevery\b|hourly/, 'cadence'],
  [/respon|\back|acknowledg|triage|reaction/, 'ack'],
  [/monitor|watch|stand.?down/, 'watch'],
  [/descr|defin|criteria|impact|examples?|symptoms|meaning|when|looks like|^what\b|situation|scenario|condition|characteri|summary|scope/, 'description'],
];

/** Classifies a header or key ("Ack SLA", "Update cadence", "Who to Notify"); undefined if unknown. */
export function classifyField(label: string): SeverityField | undefined {
  const text = label
    .toLowerCase()
    .replace(/[*_`:]/g, '')
    .trim();
  return RULES.find(([re]) => re.test(text))?.[1];
}
