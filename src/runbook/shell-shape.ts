/** Telling a shell command from the PromQL, SQL, YAML, JSON and Go templates runbooks put in shell fences. */

// Programs a runbook's commands commonly start with; an untagged fence of these reads as shell.
const PROGRAMS = new Set(
  `kubectl helm docker podman curl wget dig nslookup nc ping traceroute ssh scp git npm npx yarn pnpm node
python python3 psql mysql redis-cli mongosh aws gcloud az terraform systemctl journalctl sudo echo grep
tail head cat less df du ps top htop free openssl jq vault consul ansible make go cargo ls cd export
kill pkill service tar gzip rsync ip ss netstat lsof strace iostat vmstat uptime dmesg crontab ./scripts`.split(/\s+/),
);
const SQL = /^(select|insert|update|delete|with|from|where|group|order|having|create|alter|drop|explain|show|set|begin|commit|rollback|union|join|values|limit)\b/i;
const PROMQL_WORD = /^(or|and|unless|by|without|on|ignoring|group_left|group_right|offset|bool|sum|avg|min|max|count|rate|irate|increase|histogram_quantile|topk|bottomk|absent|delta|deriv|predict_linear)$/;

/** Why a line is not a shell command (PromQL, SQL, YAML, a Go template...), or undefined when it may be one. */
export function notCommand(line: string): string | undefined {
  const text = line.trim();
  if (text.includes('{{')) return 'a Go template';
  if (/^[()[\]{}<>"'`,;|&=+*/%^!-]/.test(text) && !/^(\.\/|\/|~\/)\w/.test(text)) return 'not a command';
  if (/^[\w:.-]+\s*[({[]/.test(text) && !/^[\w.-]+\s+/.test(text)) return 'PromQL or a function call';
  const first = text.split(/\s+/)[0] ?? '';
  if (PROMQL_WORD.test(first) && !/^(top|kill)$/.test(first)) return 'PromQL';
  if (SQL.test(text) && !PROGRAMS.has(first)) return 'SQL';
  if (/^[\w.-]+:(\s|$)/.test(text) || /^-\s+\w[\w.-]*:\s/.test(text)) return 'YAML';
  if (!/^(sudo\s+)?[\w./~@+-]+(\s|$)/.test(text)) return 'not a command';
  return undefined;
}

/** True when every non-comment line of an untagged block starts with a prompt or a known program. */
export function shellShaped(body: string): boolean {
  const lines = body.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  if (lines.length === 0) return false;
  return lines.every((l) => {
    if (/^\$\s+/.test(l)) return true;
    const first = l.split(/\s+/)[0] ?? '';
    return PROGRAMS.has(first) || first.startsWith('./');
  });
}
