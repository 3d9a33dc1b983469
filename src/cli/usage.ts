/** `warroom SUBCOMMAND --help`: each subcommand's own usage, options and an example. */

const DATA_DIR = '  --data-dir DIR     where journals live (default ~/.local/share/warroom)';
const PROFILE = '  --profile NAME|PATH  the runbook profile (default sre-sev3)';

const HELPS: Readonly<Record<string, string>> = {
  demo: `warroom demo — the demo scenario replayed on loopback (what npm start runs)

Usage
  warroom demo [--speed X] [--no-loop] [--profile NAME|PATH] [--data-dir DIR]

Options
  --speed X          replay speed factor, 0.1 to 600 (default 10)
  --no-loop          stop at the end of the scenario instead of starting again
  --port N           the loopback replay port (default: any free port)
${PROFILE}
${DATA_DIR}
  --theme NAME|PATH  dark (default), light, high-contrast, mono, or a theme file

Incidents declared on the demo are practice: journalled apart and marked DRILL.

Example
  warroom demo --speed 20 --data-dir /tmp/warroom-try`,
  drill: `warroom drill — practise on a replayed scenario, with injects and a scorecard

Usage
  warroom drill                      list the scenarios
  warroom drill NAME [--speed X] [--paused]

Options
  --speed X          replay speed, 1 to 60 (default: the scenario's own)
  --paused           wait for p before starting, so the team can be briefed
${PROFILE}
${DATA_DIR}

Example
  warroom drill bad-deploy-cascade --speed 10 --paused`,
  replay: `warroom replay — serve a recorded fixture over WebSocket to dashboards

Usage
  warroom replay FIXTURE.jsonl [--port N] [--speed X] [--loop]

Options
  --port N           the loopback port to listen on (default: any free port)
  --speed X          replay speed factor (default 1)
  --loop             start again from the beginning when the fixture ends

Example
  warroom replay fixtures/demo.jsonl --port 8900 --loop`,
  record: `warroom record — capture a live feed as a fixture (Ctrl+C finishes it)

Usage
  warroom record --feed URL -o FILE.jsonl

Options
  --feed URL         the ws:// or wss:// feed (token from WARROOM_FEED_TOKEN)
  -o FILE.jsonl      where to write the fixture

Example
  warroom record --feed ws://127.0.0.1:8900 -o tuesday.jsonl`,
  export: `warroom export — the incident record or a post-mortem draft, secrets redacted

Usage
  warroom export [ID] [--format yaml|json|md] [--postmortem] [-o FILE] [--drill]

Options
  ID                 the incident (default: the latest one)
  --format F         yaml (default), json or md
  --postmortem       a Markdown post-mortem draft instead of the record
  -o, --output FILE  write to FILE instead of standard output
  --drill            look among drill (practice) incidents

The journals are read from WARROOM_DATA_DIR, or "dataDir" in the config.

Example
  warroom export INC-20261122-1405 --postmortem -o postmortem.md`,
  profiles: `warroom profiles — list the runbook profiles, built-in and your own

Usage
  warroom profiles

Your own live in ~/.config/warroom/profiles/ (or WARROOM_PROFILE_DIR); one
with a built-in's name replaces it.

Example
  warroom profiles`,
  profile: `warroom profile — validate a profile file, or print one as JSON to start from

Usage
  warroom profile check FILE       every problem with its JSON path
                                   (exit 0 valid, 1 invalid, 2 no such file)
  warroom profile show NAME|PATH   print a built-in or your own profile as JSON

Example
  warroom profile show long-form-sev > ours.json
  warroom profile check ours.json`,
  whoami: `warroom whoami — show, or save, the name the timeline records for you

Usage
  warroom whoami        the name in use (WARROOM_USER, the config, your login)
  warroom whoami NAME   save NAME in the config

Example
  warroom whoami "Dana Reyes"`,
  'import-runbook': `warroom import-runbook — turn a Markdown runbook into a profile, with a report

Usage
  warroom import-runbook RUNBOOK.md -o PROFILE.json [--merge BASE]

Options
  -o, --output FILE  where to write the profile (required)
  --merge BASE       take what the runbook leaves out from BASE (name or file)

Exit code 0 when a profile was written, 1 when not (the report says what to
add), 2 for bad arguments or input.

Example
  warroom import-runbook oncall.md -o oncall.json --merge sre-sev3`,
};

/** The help text of `sub` when it has its own, else undefined. */
export function subcommandHelp(sub: string): string | undefined {
  return Object.hasOwn(HELPS, sub) ? `${HELPS[sub]}\n` : undefined;
}

/** True when `argv` asks a subcommand with its own help for it (`warroom export --help`). */
export function wantsSubcommandHelp(argv: readonly string[]): boolean {
  const [sub, ...rest] = argv;
  return sub !== undefined && Object.hasOwn(HELPS, sub) && rest.some((a) => a === '--help' || a === '-h');
}
