/** Exports: the incident record (YAML, JSON, Markdown), the post-mortem draft and `warroom export`. */
export { type ExportCommandContext, runExportCommand } from './command.js';
export { EXPORT_FORMATS, type ExportFormat, type ExportOptions, exportIncident } from './export.js';
export { EXPORT_USAGE, type ExportArgs, parseExportArgs } from './export-args.js';
export { type PostmortemOptions, postmortemDraft } from './postmortem.js';
export { actionItems, buildRecord, type IncidentRecord } from './record.js';
export { REDACTED, redact, redactDeep } from './redact.js';
