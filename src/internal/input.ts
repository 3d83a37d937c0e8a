import type * as z from 'zod';
// The index, not one file per locale: zod's own entry loads every locale
// already, the index resolves to CommonJS or ESM as the caller is, and a
// bundler keeps only the two named here.
import { en as localeEn, id as localeId } from 'zod/locales';
import type { Bahasa } from '../bahasa.js';
import {
  ImpInputError,
  type InputIssue,
  type InputIssueCode,
  type SafeResult,
} from '../errors.js';
import type { Label } from '../label.js';

type Schemas = Record<string, z.ZodType>;
type Parsed<S extends Schemas> = { [K in keyof S]: z.output<S[K]> };
type Path = readonly (string | number)[];

/**
 * Parses every argument of a call against its schema, then runs the
 * checks that span arguments, and throws one error listing all problems.
 * Arguments are named in order, and each name starts the paths of its
 * problems. `refine` sees only the arguments that parsed.
 */
export function parseInput<S extends Schemas>(
  schemas: S,
  values: { [K in keyof S]: unknown },
  refine?: (parsed: Partial<Parsed<S>>) => InputIssue[],
): Parsed<S> {
  const issues: InputIssue[] = [];
  const parsed: Partial<Parsed<S>> = {};

  for (const name of Object.keys(schemas) as (keyof S & string)[]) {
    const value = values[name];
    const result = (schemas[name] as z.ZodType).safeParse(value);
    if (result.success) {
      parsed[name] = result.data as z.output<S[typeof name]>;
    } else {
      issues.push(
        ...result.error.issues.flatMap((i) => toIssues(i, name, value)),
      );
    }
  }
  if (refine) issues.push(...refine(parsed));

  const [first, ...rest] = issues;
  if (first) throw new ImpInputError([first, ...rest]);
  return parsed as Parsed<S>;
}

/** Builds one of the library's own issues. */
export function issue(
  code: InputIssueCode,
  path: Path,
  message: Label,
): InputIssue {
  return { code, path, message };
}

/** Wraps a throwing function into its `safe…` form. */
export function safely<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => SafeResult<R> {
  return (...args) => {
    try {
      return Object.freeze({ success: true, data: fn(...args) });
    } catch (error) {
      if (error instanceof ImpInputError) {
        return Object.freeze({ success: false, error });
      }
      throw error;
    }
  };
}

function toIssues(
  zodIssue: z.core.$ZodIssue,
  argument: string,
  input: unknown,
): InputIssue[] {
  const path = [argument, ...zodIssue.path.map(pathKey)];
  if (zodIssue.code === 'unrecognized_keys') {
    // The key goes into the path, where an app can find it; the messages
    // and summaries leave it out, since a key may be data (a NIK) too.
    return zodIssue.keys.map((key) =>
      issue('unrecognized_key', [...path, key], MESSAGES.unrecognizedKey),
    );
  }
  return [toIssue(zodIssue, path, input)];
}

function toIssue(
  zodIssue: z.core.$ZodIssue,
  path: (string | number)[],
  input: unknown,
): InputIssue {
  // Deciding "absent" from the original input, not from zod's message,
  // keeps the input's values out of everything we build.
  const value = valueAt(input, zodIssue.path);
  if (zodIssue.code === 'invalid_type' && value === undefined) {
    return issue('required', path, MESSAGES.required);
  }
  if (zodIssue.code === 'invalid_format' && zodIssue.format === 'date') {
    return issue('invalid_date', path, MESSAGES.invalidDate);
  }
  return issue(codeOf(zodIssue), path, zodMessage(zodIssue, value));
}

function codeOf(zodIssue: z.core.$ZodIssue): InputIssueCode {
  switch (zodIssue.code) {
    case 'invalid_type':
    case 'invalid_value':
      return zodIssue.code;
    case 'too_small':
    case 'too_big':
      return 'out_of_range';
    default:
      return 'invalid_input';
  }
}

/** The value at `path` inside `input`, or undefined where it is absent. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    current = (current as Record<PropertyKey, unknown> | null)?.[key];
  }
  return current;
}

function pathKey(key: PropertyKey): string | number {
  return typeof key === 'number' ? key : String(key);
}

/**
 * zod's own Indonesian and English text for a generic problem. The
 * locales are called directly, never through `z.config()`, so what an app
 * configures for its own schemas does not change our messages.
 */
function zodMessage(zodIssue: z.core.$ZodIssue, value: unknown): Label {
  // Some locale texts print what they were given (a class name read off
  // the value, `Infinity`); a stand-in of the same type tells them only
  // the type.
  const raw = { ...zodIssue, input: standIn(value) } as z.core.$ZodRawIssue;
  return { id: localeText('id', raw), en: localeText('en', raw) };
}

/** A value of the same type as `value` that holds nothing of it. */
function standIn(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return [];
  if (typeof value === 'number') {
    return Number.isFinite(value) ? 0 : Number.NaN;
  }
  return STAND_INS[typeof value];
}

const STAND_INS: Record<string, unknown> = {
  string: '',
  bigint: 0n,
  boolean: false,
  symbol: Symbol.iterator,
  function: Object,
  object: {},
};

// Pure calls only at the top, so that a bundler may drop them unused.
const LOCALES: Record<Bahasa, { localeError: z.core.$ZodErrorMap }> = {
  id: /* @__PURE__ */ localeId(),
  en: /* @__PURE__ */ localeEn(),
};

function localeText(bahasa: Bahasa, raw: z.core.$ZodRawIssue): string {
  // zod's locales return plain text (the object form is for an app's own
  // error maps); the tests hold every message to be non-empty text.
  return LOCALES[bahasa].localeError(raw) as string;
}

const MESSAGES = {
  required: { id: 'Wajib diisi.', en: 'Required.' },
  invalidDate: {
    id: 'Bukan tanggal kalender yang ada, dalam bentuk YYYY-MM-DD.',
    en: 'Not a real calendar date in the form YYYY-MM-DD.',
  },
  unrecognizedKey: {
    id: 'Kunci ini tidak dikenal.',
    en: 'This key is not recognised.',
  },
} as const satisfies Record<string, Label>;
