/** Maps extracted roles, checklists, templates, commands and webhooks onto the profile schema. */
import type { Profile, QuickCommand } from '../incident/profile-schema.js';
import { slug } from './inline.js';
import type { Reporter } from './report.js';
import type { Extraction } from './types.js';

function unique(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((raw) => {
    const id = raw || 'item';
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}

/** Roles, with descriptions from the base profile when the runbook gives none. */
export function mapRoles(e: Extraction, base: Profile | undefined, r: Reporter): Array<Record<string, unknown>> {
  return e.roles.map((role) => {
    r.found(`roles.${role.id}`, role.name, role.line);
    const fromBase = base?.roles.find((b) => b.id === role.id)?.description;
    if (!role.description && fromBase) r.base(`roles.${role.id}.description`, fromBase);
    if (!role.description && !fromBase) r.missing(`roles.${role.id}.description`, 'the runbook names the role but not its duties');
    const description = role.description ?? fromBase;
    return { id: role.id, name: role.name, ...(description ? { description } : {}) };
  });
}

/** Checklists with item ids made from their text. */
export function mapChecklists(e: Extraction, r: Reporter): Profile['checklists'] {
  return e.checklists.map((list) => {
    const how = list.stageAssumed ? 'stage "during" assumed: no stage word in the heading' : `stage "${list.stage}" from the heading`;
    r.found(`checklists.${list.id}`, `${list.items.length} item(s), ${how}`, list.line);
    const ids = unique(list.items.map((i) => slug(i.text).slice(0, 40).replace(/-$/, '')));
    return { id: list.id, title: list.title, stage: list.stage, items: list.items.map((i, k) => ({ id: ids[k] ?? 'item', text: i.text })) };
  });
}

/** Templates, their [Placeholders] already turned into {variables}. */
export function mapTemplates(e: Extraction, r: Reporter): Profile['templates'] {
  return e.templates.map((t) => {
    r.found(`templates.${t.id}`, `${t.kind}; variables: ${t.variables.join(', ') || 'none'}`, t.line);
    return { id: t.id, title: t.name, kind: t.kind, body: t.body };
  });
}

function category(label: string, text: string): QuickCommand['category'] {
  const both = `${label} ${text}`.toLowerCase();
  if (/roll\s?back|restart|undo|purge|failover|scale|kill|flush|disable|fallback|resize|clear/.test(both)) return 'mitigation';
  if (/resolve/.test(both)) return 'resolve';
  if (/\bstart|declare|acknowledg/.test(both)) return 'start';
  if (/\bupdate|status/.test(both)) return 'update';
  if (/report|export|snapshot|archive|postmortem/.test(both)) return 'report';
  return 'diagnosis';
}

/** Runnable commands; those that need a shell stay in the report for review, never in the profile. */
export function mapCommands(e: Extraction, r: Reporter): Profile['commands'] {
  const runnable = e.commands.filter((c) => {
    if (c.needsShell) r.note(`commands.${c.id}`, `needs a shell: not runnable as argv; review it: ${c.text}`, c.line);
    return !c.needsShell && c.argv.length > 0;
  });
  return runnable.map((c) => {
    r.found(`commands.${c.id}`, `${c.argv.join(' ')}${c.destructive ? ' (destructive)' : ''}`, c.line);
    if (c.written) r.note(`commands.${c.id}`, `rewritten on import: "${c.written}" became "${c.text}"`, c.line);
    const target = c.destructive && c.argv.some((a) => a.includes('{service}')) ? { confirmTarget: 'service' } : {};
    return { id: c.id, label: c.label, category: category(c.label, c.text), argv: c.argv, destructive: c.destructive, ...target };
  });
}

/** Webhooks: the URL is left to a config key; the method comes from the base profile when the runbook has none. */
export function mapWebhooks(e: Extraction, base: Profile | undefined, r: Reporter): Array<Record<string, unknown>> {
  return e.webhooks.map((w) => {
    const id = slug(w.id);
    r.found(`webhooks.${id}`, `confirmation ${w.confirm ? 'required' : 'not required'}`, w.line);
    const b = base?.webhooks.find((x) => x.id === id);
    if (b) r.base(`webhooks.${id}.method`, b.method);
    else r.defaulted(`webhooks.${id}.method`, 'POST: the runbook does not say which HTTP method to use');
    r.note(`webhooks.${id}.url`, w.url ? 'literal URL not copied (it may hold a secret); set it in the config' : `URL read from config key "webhooks.${id}"`);
    return {
      id,
      label: w.description ?? w.id,
      method: b?.method ?? 'POST',
      url: b?.url ?? { config: `webhooks.${id}` },
      requiresConfirmation: w.confirm,
      ...(w.description ? { when: w.description } : {}),
    };
  });
}
