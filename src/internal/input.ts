import type * as z from 'zod';
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
    // Key names are ours to compare against, not personal data.
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
  if (zodIssue.code === 'invalid_type' && isAbsentAt(input, zodIssue.path)) {
    return issue('required', path, MESSAGES.required);
  }
  switch (zodIssue.code) {
    case 'invalid_type':
      return issue('invalid_type', path, expectedType(zodIssue.expected));
    case 'invalid_format':
      return zodIssue.format === 'date'
        ? issue('invalid_date', path, MESSAGES.invalidDate)
        : issue('invalid_input', path, MESSAGES.invalidInput);
    case 'invalid_value':
      return issue('invalid_value', path, oneOf(zodIssue.values));
    case 'too_small':
    case 'too_big':
      return issue('out_of_range', path, MESSAGES.outOfRange);
    default:
      return issue('invalid_input', path, MESSAGES.invalidInput);
  }
}

/** True when the value at `path` inside `input` is absent. */
function isAbsentAt(input: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = input;
  for (const key of path) {
    current = (current as Record<PropertyKey, unknown> | null)?.[key];
  }
  return current === undefined;
}

function pathKey(key: PropertyKey): string | number {
  return typeof key === 'number' ? key : String(key);
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
  outOfRange: {
    id: 'Nilai di luar rentang yang diizinkan.',
    en: 'The value is outside the allowed range.',
  },
  invalidInput: {
    id: 'Bentuk masukan tidak sesuai.',
    en: 'The input does not have the expected form.',
  },
} as const satisfies Record<string, Label>;

const TYPE_NAMES: Record<string, Label> = {
  string: { id: 'teks', en: 'a string' },
  boolean: { id: 'benar/salah (boolean)', en: 'a boolean' },
  number: { id: 'angka', en: 'a number' },
  object: { id: 'objek', en: 'an object' },
  array: { id: 'daftar (array)', en: 'an array' },
};

function expectedType(expected: string): Label {
  const name = TYPE_NAMES[expected] ?? { id: expected, en: expected };
  return {
    id: `Harus berupa ${name.id}.`,
    en: `Must be ${name.en}.`,
  };
}

function oneOf(values: readonly unknown[]): Label {
  // These are the allowed values from our own schema, not the input.
  const list = values.map((v) => `'${String(v)}'`).join(', ');
  return {
    id: `Harus salah satu dari: ${list}.`,
    en: `Must be one of: ${list}.`,
  };
}
