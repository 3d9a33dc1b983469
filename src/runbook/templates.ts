/** Communication templates from fenced blocks that read like a status message. */
import { slug } from './inline.js';
import type { RunbookNode } from './lex.js';
import { mapPlaceholders } from './placeholders.js';
import type { TemplateDraft, TemplateKind } from './types.js';

const PROSE_LANGS = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'markdown', 'md', 'slack', 'email']);
const MESSAGE =
  /\bINCIDENT\s+(DECLARED|UPDATE|RESOLVED)\b|^\s*(\[[^\]]*\]\s*)?(UPDATE|RESOLVED|RESOLUTION)\b|^\s*\[(UPDATE|RESOLVED|RESOLUTION|ALL CLEAR)\]|^Subject:|\bStatus Update\b|\bUpdate\s*#|^Next update\b/im;

/** True when a block's text reads like a message to people rather than a document or code. */
export function readsLikeMessage(text: string): boolean {
  if (/^\s*#\s/.test(text)) return false;
  return MESSAGE.test(text);
}

function kind(text: string, name: string): TemplateKind {
  const both = `${text.split('\n')[0] ?? ''} ${name}`;
  if (/DECLARED|initial|declar|\balert\b/i.test(both)) return 'declaration';
  if (/RESOLVED|resolution|all.?clear/i.test(both)) return 'resolution';
  if (/customer|external|public|status page/i.test(name)) return 'customer';
  if (/^Subject:/im.test(text) || /notif|stakeholder|internal/i.test(name)) return 'internal';
  return 'update';
}

/** Every message-like fenced block, named by the lead line or heading above it. */
export function extractTemplates(nodes: readonly RunbookNode[]): TemplateDraft[] {
  const out: TemplateDraft[] = [];
  const ids = new Set<string>();
  for (const node of nodes) {
    if (node.kind !== 'code' || !PROSE_LANGS.has(node.lang) || !readsLikeMessage(node.text)) continue;
    const heading = node.path[node.path.length - 1]?.text ?? '';
    // A lead that names the block: "Declaration template:", or a short "All clear:".
    const named = node.lead && ((node.lead.length <= 60 && /template|message|notice/i.test(node.lead)) || (node.lead.length <= 30 && node.lead.endsWith(':')));
    const lead = named ? (node.lead ?? '').replace(/:$/, '') : '';
    const name = (lead || heading || 'Template').replace(/^\d+\.\s*/, '');
    let id = slug(name.replace(/\btemplate\b/i, '')) || 'template';
    for (let n = 2; ids.has(id); n++) id = `${slug(name)}-${n}`;
    ids.add(id);
    const mapped = mapPlaceholders(node.text);
    out.push({ id, name, kind: kind(node.text, name), body: mapped.body, variables: mapped.variables, line: node.line });
  }
  return out;
}
