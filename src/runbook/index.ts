/** Public API of the runbook module: the importer and the viewer model. */
export { type CommandIO, runImportRunbook } from './command.js';
export { buildRunbookDoc } from './doc.js';
export type { DocLine, RunbookDoc, Segment, SegmentStyle, TocEntry } from './doc-types.js';
export { parseDuration } from './durations.js';
export { extractRunbook, prepareRunbook } from './extract.js';
export { type ImportOptions, type ImportResult, importRunbook } from './import.js';
export { fitColumns, layoutRunbook, truncate } from './layout.js';
export { formatReport } from './report.js';
export { findSection, searchRunbook } from './search.js';
export { needsShell, shellWords } from './shell-words.js';
export type { Extraction, ReportLine } from './types.js';
