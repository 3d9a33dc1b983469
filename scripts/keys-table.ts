// Prints the README key table from src/keys/bindings.ts: npx tsx scripts/keys-table.ts
import { keyTableMarkdown } from '../src/keys/markdown.js';

process.stdout.write(`${keyTableMarkdown()}\n`);
