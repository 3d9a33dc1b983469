/** Theme files: a palette, then semantic tokens that name palette entries. Strict. */
import { z } from 'zod';
import { TOKEN_NAMES } from './tokens.js';

const ANSI_NAMES = [
  'black',
  'red',
  'green',
  'yellow',
  'blue',
  'magenta',
  'cyan',
  'white',
  'gray',
  'grey',
  'blackBright',
  'redBright',
  'greenBright',
  'yellowBright',
  'blueBright',
  'magentaBright',
  'cyanBright',
  'whiteBright',
] as const;

/** A concrete colour: #rrggbb or one of the 16 ANSI names. */
export const colourSchema = z.union([
  z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected #rrggbb'),
  z.enum(ANSI_NAMES),
]);

const tokenStyleSchema = z
  .object({
    fg: z.string().min(1).optional(),
    bg: z.string().min(1).optional(),
    bold: z.boolean().optional(),
    dim: z.boolean().optional(),
    inverse: z.boolean().optional(),
    underline: z.boolean().optional(),
  })
  .strict();

const tokensShape = Object.fromEntries(
  TOKEN_NAMES.map((name) => [name, tokenStyleSchema.optional()]),
) as Record<(typeof TOKEN_NAMES)[number], z.ZodOptional<typeof tokenStyleSchema>>;

/** A theme file as written on disk. Unknown keys anywhere are errors. */
export const themeFileSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1).max(40),
    description: z.string().max(200).optional(),
    /** Another theme this one starts from (default: "dark"). */
    extends: z.string().optional(),
    palette: z
      .record(z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, 'palette names are lower-case words'), colourSchema)
      .default({}),
    tokens: z.object(tokensShape).strict().default({}),
  })
  .strict();

/** A theme file after validation. */
export type ThemeFile = z.output<typeof themeFileSchema>;
