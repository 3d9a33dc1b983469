/** Separates comments from commands in a shell block whose line breaks were lost. */

const BINARIES = new Set(
  `kubectl helm docker podman curl wget dig nslookup nc ping traceroute ssh scp git npm npx yarn pnpm
python3 psql mysql redis-cli mongosh aws gcloud az terraform systemctl journalctl sudo echo
grep tail df du ps openssl jq vault consul ansible`.split(/\s+/),
);

function isCommandStart(word: string): boolean {
  return BINARIES.has(word) || word.startsWith('./') || word.startsWith('/');
}

/** "# DNS dig +short x # HTTP curl y" becomes ["# DNS", "dig +short x", "# HTTP", "curl y"]. */
export function splitFlatShell(body: string): string[] {
  const lines: string[] = [];
  const segments = body.split(/(?:^|\s)#\s/);
  segments.forEach((segment, i) => {
    const words = segment.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    if (i === 0) {
      lines.push(words.join(' '));
      return;
    }
    const cmd = words.findIndex((w, k) => k > 0 && isCommandStart(w));
    if (cmd < 0) lines.push(`# ${words.join(' ')}`);
    else lines.push(`# ${words.slice(0, cmd).join(' ')}`, words.slice(cmd).join(' '));
  });
  return lines;
}
