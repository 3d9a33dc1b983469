/** Exports an incident record as YAML, JSON or Markdown, secrets redacted. */
import { stringify } from 'yaml';
import type { SavedScorecard } from '../drill/saved-card.js';
import { formatHeadedScorecard } from '../drill/scorecard-format.js';
import type { IncidentEvent } from '../incident/events.js';
import type { Profile } from '../incident/profile-schema.js';
import { escapeControlsDeep } from '../text/controls.js';
import { buildRecord, type IncidentRecord, spanText } from './record.js';
import { redact, redactDeep } from './redact.js';
import { recordMarkdown } from './render-md.js';

/** The export formats. */
export const EXPORT_FORMATS = ['yaml', 'json', 'md'] as const;
/** An export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options of {@link exportIncident}. */
export type ExportOptions = {
  readonly format: ExportFormat;
  /** Strings that must not appear in the output (tokens, webhook URLs...). */
  readonly secrets: readonly string[];
  /** When the impact began, if known; without it time to detect is unknown. */
  readonly startedAt?: number;
  /** A drill's scorecard as saved beside its journal: exported exactly as the screen showed it. */
  readonly scorecard?: SavedScorecard;
};

/** The record in the data form YAML and JSON share: durations as text and in ms. */
function dataForm(r: IncidentRecord, card?: SavedScorecard): Record<string, unknown> {
  const d = r.durations;
  return {
    ...(card ? { scorecard: card } : {}),
    incident: {
      ...r,
      durations: {
        time_to_detect: spanText(d.time_to_detect),
        time_to_acknowledge: spanText(d.time_to_acknowledge),
        time_to_mitigate: spanText(d.time_to_mitigate),
        time_to_resolve: spanText(d.time_to_resolve),
      },
      durations_ms: d,
    },
  };
}

/** The incident record of `events` in `format`, with every secret redacted. */
export function exportIncident(
  events: readonly IncidentEvent[],
  profile: Profile,
  options: ExportOptions,
): string {
  const record = redactDeep(
    buildRecord(escapeControlsDeep(events), profile, options.startedAt),
    options.secrets,
  );
  switch (options.format) {
    case 'yaml':
      return redact(stringify(dataForm(record, options.scorecard), { lineWidth: 0 }), options.secrets);
    case 'json':
      return redact(`${JSON.stringify(dataForm(record, options.scorecard), null, 2)}\n`, options.secrets);
    case 'md': {
      const card = options.scorecard;
      const extra = card
        ? `\n## Drill scorecard: ${card.scenario}\n\n\`\`\`\n${formatHeadedScorecard(card)}\n\`\`\`\n`
        : '';
      return redact(`${recordMarkdown(record)}${extra}`, options.secrets);
    }
    default: {
      const _never: never = options.format;
      return _never;
    }
  }
}
