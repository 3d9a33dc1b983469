/** The JSON Schema text for profile files, generated from the zod schema. */
import { profileJsonSchema } from './profile-schema.js';

/** Where the generated schema is kept, relative to the repository root. */
export const profileSchemaFile = 'src/incident/profile.schema.json';

/** The schema as it is written to disk (stable key order, trailing newline). */
export function profileSchemaText(): string {
  const schema = {
    ...profileJsonSchema(),
    $id: 'https://warroom.invalid/profile.schema.json',
    title: 'warroom profile',
    description: 'What warroom takes from one runbook: severities, roles, checklists, templates, commands, webhooks, thresholds, patterns.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
