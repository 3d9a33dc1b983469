/** Writes src/incident/profile.schema.json from the zod profile schema, for editors. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { profileSchemaFile, profileSchemaText } from '../src/incident/profile-json-schema.js';

const out = fileURLToPath(new URL(`../${profileSchemaFile}`, import.meta.url));
writeFileSync(out, profileSchemaText());
process.stdout.write(`wrote ${profileSchemaFile}\n`);
