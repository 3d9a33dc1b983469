/**
 * Where the hub is and how to log in: the URL from --hub or the config, credentials only from
 * the environment or the config (never argv, never printed).
 */
import { readFileSync } from 'node:fs';
import { credsAuthenticator, type NodeConnectionOptions } from '@nats-io/transport-node';
import { z } from 'zod';

/** A checked hub address and the connection options that go with it. */
export type HubTarget = {
  /** The address as shown on screen (no credentials in it). */
  readonly url: string;
  /** The room: the stream and subjects this team's seats share. */
  readonly room: string;
  readonly connect: NodeConnectionOptions;
};

/** Settings for the hub that may come from the config file. */
export type HubSettings = {
  readonly hub?: string | undefined;
  readonly hubRoom?: string | undefined;
  readonly hubUser?: string | undefined;
  readonly hubPassword?: string | undefined;
  readonly hubToken?: string | undefined;
  readonly hubCredsFile?: string | undefined;
};

const urlSchema = z
  .string()
  .regex(/^(nats|tls):\/\/[^\s/]+$/, 'expected nats://HOST:PORT (or tls://HOST:PORT)')
  .refine((u) => !u.includes('@'), {
    message:
      'credentials do not go in the hub address; set WARROOM_HUB_USER and WARROOM_HUB_PASSWORD (or WARROOM_HUB_TOKEN, WARROOM_HUB_CREDS)',
  });
const roomSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,40}$/, 'a room is lower-case letters, digits, - and _');

/** The hub to use, or null when none is set; throws an Error with a sentence for people. */
export function hubTarget(
  flag: string | undefined,
  settings: HubSettings,
  env: NodeJS.ProcessEnv = process.env,
): HubTarget | null {
  const raw = flag ?? env.WARROOM_HUB ?? settings.hub;
  if (!raw) return null;
  const url = urlSchema.safeParse(raw);
  if (!url.success) throw new Error(`--hub ${url.error.issues[0]?.message ?? 'is not a hub address'}`);
  const room = roomSchema.safeParse(env.WARROOM_HUB_ROOM ?? settings.hubRoom ?? 'warroom');
  if (!room.success) throw new Error(`hub room: ${room.error.issues[0]?.message}`);
  const user = env.WARROOM_HUB_USER ?? settings.hubUser;
  const pass = env.WARROOM_HUB_PASSWORD ?? settings.hubPassword;
  const token = env.WARROOM_HUB_TOKEN ?? settings.hubToken;
  const credsFile = env.WARROOM_HUB_CREDS ?? settings.hubCredsFile;
  const connect: NodeConnectionOptions = {
    servers: url.data,
    name: 'warroom',
    ...(user ? { user, pass: pass ?? '' } : {}),
    ...(token ? { token } : {}),
  };
  if (credsFile) {
    let creds: Uint8Array;
    try {
      creds = readFileSync(credsFile);
    } catch (error) {
      throw new Error(
        `the hub credentials file ${credsFile} cannot be read (${(error as NodeJS.ErrnoException).code})`,
      );
    }
    connect.authenticator = credsAuthenticator(creds);
  }
  return { url: url.data, room: room.data, connect };
}
