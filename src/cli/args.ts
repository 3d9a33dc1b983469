/** Command-line arguments: parsed strictly, validated with zod, worded errors and exit code 2. */
import { parseArgs } from 'node:util';
import { z } from 'zod';

/** A mistake in the command line; the message is for the user. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The subcommands warroom knows. */
export const COMMANDS = [
  'dashboard',
  'demo',
  'drill',
  'replay',
  'record',
  'profiles',
  'profile',
  'whoami',
] as const;
export type CommandName = (typeof COMMANDS)[number];

const OPTIONS = {
  feed: { type: 'string', multiple: true },
  prometheus: { type: 'string' },
  health: { type: 'string', multiple: true },
  theme: { type: 'string' },
  speed: { type: 'string' },
  port: { type: 'string' },
  loop: { type: 'boolean' },
  paused: { type: 'boolean' },
  'no-loop': { type: 'boolean' },
  'stale-after': { type: 'string' },
  profile: { type: 'string' },
  'data-dir': { type: 'string' },
  runbook: { type: 'string' },
  hub: { type: 'string' },
  'read-only': { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const numberFrom = (name: string, min: number, max: number) =>
  z
    .string()
    .transform((s, ctx) => {
      const n = Number(s);
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({
          code: 'custom',
          message: `--${name} takes a number from ${min} to ${max}, not "${s}"`,
        });
        return z.NEVER;
      }
      return n;
    })
    .optional();

const flagsSchema = z.object({
  feed: z
    .array(
      z
        .string()
        .refine((u) => /^wss?:\/\/[^\s]+$/.test(u), { message: 'each --feed must be a ws:// or wss:// URL' }),
    )
    .optional(),
  prometheus: z.string().min(1).optional(),
  health: z.array(z.string().min(1)).optional(),
  theme: z.string().min(1).optional(),
  speed: numberFrom('speed', 0.1, 600),
  port: numberFrom('port', 0, 65535),
  loop: z.boolean().optional(),
  paused: z.boolean().optional(),
  'no-loop': z.boolean().optional(),
  'stale-after': numberFrom('stale-after', 1, 3600),
  profile: z.string().min(1).optional(),
  'data-dir': z.string().min(1).optional(),
  runbook: z.string().min(1).optional(),
  hub: z.string().min(1).optional(),
  'read-only': z.boolean().optional(),
  out: z.string().min(1).optional(),
  help: z.boolean().optional(),
  version: z.boolean().optional(),
});

/** What the command line asked for. */
export type Parsed = {
  command: CommandName;
  positionals: string[];
  flags: z.output<typeof flagsSchema>;
};

/** Parses argv (without node and script). Throws UsageError with a sentence for people. */
export function parseCommandLine(argv: readonly string[]): Parsed {
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional.*$/s, '');
    throw new UsageError(message.replace(/^Unknown option/, 'unknown option'));
  }
  const flags = flagsSchema.safeParse(values);
  if (!flags.success) throw new UsageError(flags.error.issues.map((i) => i.message).join('; '));
  const [first, ...rest] = positionals;
  if (first === undefined) return { command: 'dashboard', positionals: [], flags: flags.data };
  if (!(COMMANDS as readonly string[]).includes(first) || first === 'dashboard') {
    throw new UsageError(`unknown command "${first}"`);
  }
  return { command: first as CommandName, positionals: rest, flags: flags.data };
}

/** The --help text. */
export const HELP = `warroom — a terminal dashboard for the room where an incident is handled

Usage
  warroom [--feed URL ...]          connect to feeds (or those in the config) and show the dashboard
  warroom --prometheus URL [--health NAME=URL ...]
                                    show your own services from Prometheus (and health checks)
  warroom bridge [--prometheus URL] [--health NAME=URL] [--listen HOST:PORT]
                                    serve Prometheus, alerts, deploys and health checks to many
                                    dashboards (warroom bridge --help)
  warroom demo [--speed X]          replay the demo scenario on loopback and show it (what npm start runs)
  warroom drill                     list the drill scenarios
  warroom drill NAME [--speed X] [--paused]
                                    run a drill: replay, DRILL banner, injects, scorecard at the end
                                    (--paused shows the briefing and waits for p)
  warroom drill --report [ID] [-o FILE.md]
                                    the last (or a named) drill's scorecard and timeline as Markdown,
                                    compared with the previous run of the same scenario
  warroom replay FIXTURE [--port N] [--speed X] [--loop]
                                    serve a recorded fixture over WebSocket for other clients
  warroom record --feed URL -o FILE.jsonl
                                    capture a live feed as a fixture (Ctrl+C finishes the file)
  warroom export [ID] [--format yaml|json|md] [--postmortem] [-o FILE] [--drill]
                                    the incident record, or a post-mortem draft, secrets redacted
  warroom whoami [NAME]             show, or set, the name the timeline records for you
  warroom profiles                  list the runbook profiles (built-in and your own)
  warroom profile check FILE        validate a profile file; each problem with its JSON path
  warroom profile show NAME|PATH    print a profile (built-in or your own) as JSON to start from
  warroom import-runbook RUNBOOK.md -o PROFILE.json [--merge BASE]
                                    turn a Markdown runbook into a profile, with a report

Options
  --feed URL         a ws:// or wss:// feed; repeat for several (merged)
  --prometheus URL   poll this Prometheus through a bridge embedded on loopback
  --health NAME=URL  an HTTP health check (up, degraded when slow or 429/503, down); repeatable
  --theme NAME|PATH  dark (default), light, high-contrast, mono, or a theme JSON file
  --speed X          replay speed factor (demo default 10, replay default 1)
  --port N           replay server port (default: any free port; 0 = any)
  --loop, --no-loop  replay from the start again when the fixture ends (demo loops by default)
  --stale-after S    seconds without a message before a feed shows stale (default 15)
  --profile NAME|PATH  the runbook profile: severities, clocks, roles, checklists (default sre-sev3)
  --runbook FILE     the Markdown runbook to read beside the incident (b opens it)
  --data-dir DIR     where incident journals live (default ~/.local/share/warroom; or WARROOM_DATA_DIR);
                     every dashboard on one data dir shares its open incident
  --hub nats://HOST:PORT
                     share the incident with seats on other machines through NATS JetStream
  --read-only        a seat that shows everything and acts on nothing (the wall screen)
  -h, --help         this text
  -v, --version      the version

Environment
  WARROOM_FEED_TOKEN   bearer token sent to feeds (never pass secrets as arguments)
  WARROOM_PROMETHEUS_TOKEN, WARROOM_PROMETHEUS_USER, WARROOM_PROMETHEUS_PASSWORD
                       credentials for --prometheus
  WARROOM_USER         your name in the timeline
  WARROOM_CONFIG_DIR   folder of config.json (default: your user config folder)
  WARROOM_DATA_DIR     folder of incident journals
  WARROOM_HUB          the hub address, as --hub
  WARROOM_HUB_USER, WARROOM_HUB_PASSWORD, WARROOM_HUB_TOKEN, WARROOM_HUB_CREDS
                       hub credentials (user and password, a token, or a .creds file)
  WARROOM_HUB_ROOM     the room on the hub (default warroom): seats in one room share incidents
  NO_COLOR             monochrome theme

Keys: press ? in the dashboard.`;
