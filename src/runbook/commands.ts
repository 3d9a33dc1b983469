/** Quick commands from bash/sh/shell blocks (one per line, labelled by the comment above). */
import { slug, snake } from './inline.js';
import type { RunbookNode } from './lex.js';
import { notCommand, shellShaped } from './shell-shape.js';
import { needsShell, shellWords } from './shell-words.js';
import type { CommandDraft } from './types.js';

const SHELL_LANGS = new Set(['bash', 'sh', 'shell', 'zsh', 'console', 'shell-session']);
// Letter boundaries rather than \b, so "purge_queue" and "kill-idle" count.
const DESTRUCTIVE =
  /(?<![a-z])(roll\s?back|rollout undo|undo|restart|delete|purge|failover|fail over|drop|destroy|truncate|flush\w*|kill\w*|rm)(?![a-z])|scale[\s\S]*(--replicas[= ]0\b|to[- ]zero)|scale-to-zero/i;
const SERVICE_NAMES = /^(service|svc|app|app[-_]name|application|service[-_]name|deployment|your[-_]service|my[-_]service)$/i;

/** Replaces <service>, $SERVICE, ${SERVICE}, {service} and app-name with {service}; other placeholders keep their name. */
export function mapCommandPlaceholders(line: string): string {
  const name = (raw: string) => (SERVICE_NAMES.test(raw) ? 'service' : snake(raw));
  return line
    .replace(/<([A-Za-z][\w-]*)>/g, (_m, n: string) => `{${name(n)}}`)
    .replace(/\$\{([A-Za-z_]\w*)\}/g, (_m, n: string) => `{${name(n)}}`)
    .replace(/\$([A-Z_][A-Z0-9_]*)\b/g, (_m, n: string) => `{${name(n)}}`)
    .replace(/\{([A-Za-z][\w-]*)\}/g, (_m, n: string) => `{${name(n)}}`)
    .replace(/(^|[\s/=:])(app-name|app_name|service-name|your-service|my-service)(?=$|[\s/:.])/g, '$1{service}');
}

/** Builds a command from one line of shell; the label is the comment above it, else the command itself. */
export function makeCommand(raw: string, label: string | undefined, line: number): CommandDraft {
  const written = raw.replace(/^\s*\$\s+/, '').trim();
  const text = mapCommandPlaceholders(written);
  let argv: string[] = [];
  let shell = needsShell(text);
  try {
    argv = shellWords(text);
  } catch {
    shell = true;
  }
  const name = label ?? text;
  return {
    id: slug(name).slice(0, 40).replace(/-$/, '') || 'command',
    label: name,
    text,
    argv: shell ? [] : argv,
    needsShell: shell,
    destructive: DESTRUCTIVE.test(text),
    line,
    ...(text === written ? {} : { written }),
  };
}

function stripTrailingComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '#' && /\s/.test(line[i - 1] ?? '')) return line.slice(0, i).trimEnd();
  }
  return line;
}

/** Lines of a shell block that are not commands, counted per block for the report. */
export interface NotCommands {
  readonly line: number;
  count: number;
  readonly why: string;
}

/**
 * Commands from one shell block starting at `line` (the fence line). In a console block only
 * prompted (`$ `) lines are commands, the rest is output; PromQL, SQL, YAML or a Go template in
 * the block is left out and counted in `skipped`.
 */
export function commandsFromBlock(text: string, line: number, consoleBlock = false, skipped: NotCommands[] = []): CommandDraft[] {
  const out: CommandDraft[] = [];
  const skip = (why: string) => {
    const last = skipped[skipped.length - 1];
    if (last && last.line === line) last.count += 1;
    else skipped.push({ line, count: 1, why });
  };
  let comment: string | undefined;
  let pending = '';
  let pendingLine = 0;
  text.split('\n').forEach((rawLine, i) => {
    const here = line + 1 + i;
    const trimmed = rawLine.trim();
    if (pending) {
      pending += ` ${trimmed.replace(/\\$/, '').trim()}`;
      if (!trimmed.endsWith('\\')) {
        out.push(makeCommand(pending, comment, pendingLine));
        pending = '';
        comment = undefined;
      }
      return;
    }
    if (consoleBlock && trimmed !== '' && !/^\$\s/.test(trimmed)) return;
    const why = trimmed === '' || trimmed.startsWith('#') ? undefined : notCommand(trimmed.replace(/^\$\s+/, ''));
    if (why) {
      skip(why);
      comment = undefined;
      return;
    }
    if (trimmed === '') comment = undefined;
    else if (trimmed.startsWith('#')) comment ??= trimmed.replace(/^#+\s*/, '') || undefined;
    else if (trimmed.endsWith('\\')) {
      pending = stripTrailingComment(trimmed.replace(/\\$/, '').trim());
      pendingLine = here;
    } else {
      const bare = stripTrailingComment(trimmed);
      const trailing = trimmed.slice(bare.length).replace(/^\s*#+\s*/, '') || undefined;
      out.push(makeCommand(bare, comment ?? trailing, here));
      comment = undefined;
    }
  });
  return out;
}

const INLINE_CLI = /^(kubectl|helm|docker|systemctl|aws|gcloud|az|terraform|git|npm|curl)\s/;

/** Commands from shell blocks (and untagged blocks shaped like shell), and inline code spans that start with a known CLI. */
export function extractCommands(nodes: readonly RunbookNode[], skipped: NotCommands[] = []): CommandDraft[] {
  const out: CommandDraft[] = [];
  for (const node of nodes) {
    const shell = node.kind === 'code' && (SHELL_LANGS.has(node.lang) || (node.lang === '' && shellShaped(node.text)));
    if (node.kind === 'code' && shell) {
      const consoleBlock = /^(console|shell-session)$/.test(node.lang) || (node.lang === '' && /^\s*\$\s/.test(node.text));
      out.push(...commandsFromBlock(node.text, node.line, consoleBlock, skipped));
    }
    if (node.kind === 'paragraph') {
      node.md.split('\n').forEach((mdLine, i) => {
        for (const m of mdLine.matchAll(/`([^`]+)`/g)) {
          if (!INLINE_CLI.test(m[1] ?? '')) continue;
          const heading = node.path[node.path.length - 1]?.text;
          out.push(makeCommand(m[1] ?? '', heading, node.line + i));
        }
      });
    }
  }
  const seen = new Map<string, number>();
  for (const c of out) {
    const n = (seen.get(c.id) ?? 0) + 1;
    seen.set(c.id, n);
    if (n > 1) c.id = `${c.id}-${n}`;
  }
  return out;
}
