/** The severities found so far, keyed by id, filled field by field; the first value found wins. */
import { parseDuration } from './durations.js';
import type { SeverityField } from './fields.js';
import { severityKey } from './severity-ids.js';
import type { SeverityDraft } from './types.js';

const DURATION_FIELDS = new Set<SeverityField>(['ack', 'mitigation', 'cadence', 'watch', 'postmortem']);

/** Collects severities in document order. */
export class SeverityBook {
  readonly list: SeverityDraft[] = [];
  /** Values that named a field but held no readable duration, for the report. */
  readonly unreadable: Array<{ id: string; field: SeverityField; text: string; line: number }> = [];
  /** Lines that looked like they define a level but could not be read, and what would make them readable. */
  readonly unread: Array<{ line: number; what: string; fix: string }> = [];

  /** The severity with this id (any spelling of it), if known. */
  get(id: string): SeverityDraft | undefined {
    const key = severityKey(id);
    return this.list.find((s) => severityKey(s.id) === key);
  }

  /** Finds or adds a severity; a label is only set when none is known yet. */
  upsert(id: string, line: number, label?: string): SeverityDraft {
    const known = this.get(id);
    if (known) {
      if (!known.label && label) known.label = label;
      return known;
    }
    const created: SeverityDraft = { id, line, ...(label ? { label } : {}) };
    this.list.push(created);
    return created;
  }

  /** Sets one field from the runbook's text; returns false when the text held nothing usable. */
  assign(sev: SeverityDraft, field: SeverityField, text: string, line: number): boolean {
    const value = text.trim();
    if (!value || /^[-–—]$|^n\/?a$/i.test(value)) return false;
    // "Exec team notified within 15 minutes" is a deadline, not how often updates go out.
    if (field === 'cadence' && /\bwithin\b/i.test(value) && !/\bevery\b|hourly|daily|\bper\b/i.test(value)) return false;
    if (DURATION_FIELDS.has(field)) {
      const d = parseDuration(value);
      if (!d) {
        this.unreadable.push({ id: sev.id, field, text: value, line });
        return false;
      }
      const f = field as 'ack' | 'mitigation' | 'cadence' | 'watch' | 'postmortem';
      sev[f] ??= { value: d, line };
      return true;
    }
    switch (field) {
      case 'label':
        sev.label ??= value;
        return true;
      case 'description':
        sev.description ??= { value, line };
        return true;
      case 'notify':
        sev.notify ??= { value: splitNames(value), line };
        return true;
      case 'escalation': {
        sev.escalation ??= { value, line };
        const d = parseDuration(value);
        if (d) sev.escalateAfter ??= { value: d, line };
        return true;
      }
      default:
        return false;
    }
  }
}

function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\+|\band\b)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}
