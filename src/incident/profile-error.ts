/** Profile problems for people: the file, each JSON path, and what would be right. */
import type { z } from 'zod';

/** One problem in a profile. */
export type ProfileProblem = { readonly path: string; readonly message: string };

/** Renders a zod path as `severities[2].ack`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(top level)';
}

/** Turns zod issues into problems; unknown keys get one problem each so every typo is named. */
export function problemsFromZod(error: z.ZodError): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ path: jsonPath([...issue.path, key]), message: 'unknown key (check the spelling)' });
      }
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      problems.push({ path: jsonPath(issue.path), message: `missing; expected ${issue.expected}` });
    } else {
      problems.push({ path: jsonPath(issue.path), message: issue.message });
    }
  }
  return problems;
}

/** A profile that could not be loaded; `message` lists every problem, never a stack trace. */
export class ProfileError extends Error {
  /** The file (or built-in name) the problems are in. */
  readonly file: string;
  /** Every problem found. */
  readonly problems: readonly ProfileProblem[];

  constructor(file: string, problems: readonly ProfileProblem[]) {
    super(`${file}: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'ProfileError';
    this.file = file;
    this.problems = problems;
  }
}
