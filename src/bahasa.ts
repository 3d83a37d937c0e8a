import * as z from 'zod';
import { formatIssues, type ImpInputError, type InputIssue } from './errors.js';
import { parseInput } from './internal/input.js';
import type { Label } from './label.js';

/**
 * The two languages the library speaks, the keys of every {@link Label}:
 * `'id'` for Bahasa Indonesia, the default everywhere, and `'en'` for
 * English.
 *
 * @example
 * // English is one of them, French is not
 * ['en', 'fr'].map((bahasa) => BahasaSchema.safeParse(bahasa).success);
 * //=> [true, false]
 *
 * @category Citations and labels
 */
export const BahasaSchema = z.enum(['id', 'en']);

/**
 * A language of the library: `'id'` or `'en'`.
 *
 * @category Citations and labels
 */
export type Bahasa = z.output<typeof BahasaSchema>;

/**
 * Options of {@link formatInputError}.
 *
 * @example
 * // Problems shown to an English-speaking user
 * const options: FormatInputErrorOptions = { bahasa: 'en' };
 *
 * @category Errors
 */
export const FormatInputErrorOptionsSchema = z.strictObject({
  /** The language of the text; `'id'` when left out. */
  bahasa: BahasaSchema.optional(),
});

/**
 * Options of {@link formatInputError}.
 *
 * @category Errors
 */
export type FormatInputErrorOptions = z.input<
  typeof FormatInputErrorOptionsSchema
>;

/**
 * Options of {@link createFormatter}.
 *
 * @example
 * // An app whose users read English
 * const options: CreateFormatterOptions = { bahasa: 'en' };
 *
 * @category Errors
 */
export const CreateFormatterOptionsSchema = z.strictObject({
  /** The language of every text; `'id'` when left out. */
  bahasa: BahasaSchema.optional(),
});

/**
 * Options of {@link createFormatter}.
 *
 * @category Errors
 */
export type CreateFormatterOptions = z.input<
  typeof CreateFormatterOptionsSchema
>;

/**
 * The texts of the library in the one language an app chose, made once by
 * {@link createFormatter} and passed to where messages are shown.
 *
 * @category Errors
 */
export type Formatter = {
  /** The language chosen. */
  readonly bahasa: Bahasa;
  /** As {@link formatInputError} in the chosen language. */
  readonly format: (error: Pick<ImpInputError, 'issues'>) => string;
  /** As {@link issueMessage} in the chosen language. */
  readonly message: (issue: InputIssue) => string;
  /** The chosen language's text of any label: a reason, a name. */
  readonly label: (label: Label) => string;
};

/**
 * The message of one input problem in one language, for showing beside
 * the field its `path` names.
 *
 * @param issue - One of {@link ImpInputError.issues}.
 * @param bahasa - `'id'` (the default) or `'en'`.
 * @returns The message in that language; it never repeats the input.
 * @throws {@link ImpInputError} when `issue` is not an issue or `bahasa`
 *   is not a language.
 *
 * @example
 * // A birth date written as a number, in English and in Indonesian
 * const couple = { menikah: true, istri: { tanggalLahir: 19900101 } };
 * const result = safeAssessPus(couple, '2025-01-01');
 * result.success ? null : issueMessage(result.error.issues[0], 'en');
 * //=> 'Invalid input: expected string, received number'
 * result.success ? null : issueMessage(result.error.issues[0]);
 * //=> 'Input tidak valid: diharapkan string, diterima number'
 *
 * @category Errors
 */
export function issueMessage(issue: InputIssue, bahasa?: Bahasa): string {
  const input = parseInput(
    { issue: IssueSchema, bahasa: BahasaSchema.default('id') },
    { issue, bahasa },
  );
  return input.issue.message[input.bahasa];
}

/**
 * The problems of an input error as text in one language: a heading, then
 * a line for each problem with its place. The same as
 * {@link ImpInputError.format}, and it also takes an error that lost its
 * class on the way (through JSON, or from a worker): only `issues` is
 * read.
 *
 * @param error - An {@link ImpInputError}, or an object with its `issues`.
 * @param options - The language; see {@link FormatInputErrorOptions}.
 * @returns The heading and the lines, one per line.
 * @throws {@link ImpInputError} when `error` has no issues or an option is
 *   unknown.
 *
 * @remarks
 * zod sets the language of its messages when it parses, through
 * `z.config()` for the whole app or an error map for one call. Here every
 * issue holds both languages, so the language is picked where the text is
 * shown and nothing global is set. A key the input should not have is
 * named by the issue's `path`, never by the text.
 *
 * @example
 * // A day judged left out, for an English-speaking user
 * const couple = { menikah: true, istri: { tanggalLahir: '1990-01-01' } };
 * const result = safeAssessPus(couple, undefined);
 * result.success ? null : formatInputError(result.error, { bahasa: 'en' });
 * //=> 'Invalid input (1 issue)\n- tanggal: Required.'
 *
 * @example
 * // The same issues after a trip through JSON, in Indonesian
 * const sent = JSON.stringify({
 *   issues: [{ code: 'required', path: ['tanggal'],
 *     message: { id: 'Wajib diisi.', en: 'Required.' } }],
 * });
 * formatInputError(JSON.parse(sent));
 * //=> 'Masukan tidak sah (1 masalah)\n- tanggal: Wajib diisi.'
 *
 * @category Errors
 */
export function formatInputError(
  error: Pick<ImpInputError, 'issues'>,
  options?: FormatInputErrorOptions,
): string {
  const input = parseInput(
    { error: ErrorSchema, options: OPTIONS },
    { error, options },
  );
  return formatIssues(input.error.issues, input.options.bahasa ?? 'id');
}

/**
 * Fixes the language of the library's texts once for an app, without
 * global state: make the formatter where the app starts and pass it to
 * where messages are shown. Each call of the library still returns both
 * languages; only the formatter picks.
 *
 * @param options - The language; see {@link CreateFormatterOptions}.
 * @returns A frozen {@link Formatter}.
 * @throws {@link ImpInputError} when an option is unknown.
 *
 * @example
 * // An English-speaking app shows an input error and a label
 * const teks = createFormatter({ bahasa: 'en' });
 * const couple = { menikah: true, istri: { tanggalLahir: '1990-01-01' } };
 * const result = safeAssessPus(couple, undefined);
 * result.success ? null : teks.format(result.error);
 * //=> 'Invalid input (1 issue)\n- tanggal: Required.'
 * teks.label({ id: 'Pasangan Usia Subur', en: 'Couple of reproductive age' });
 * //=> 'Couple of reproductive age'
 *
 * @example
 * // Indonesian unless asked otherwise
 * createFormatter().bahasa;
 * //=> 'id'
 *
 * @category Errors
 */
export function createFormatter(options?: CreateFormatterOptions): Formatter {
  const input = parseInput(
    { options: CreateFormatterOptionsSchema.optional() },
    { options },
  );
  const bahasa = input.options?.bahasa ?? 'id';

  return Object.freeze({
    bahasa,
    format: (error: Pick<ImpInputError, 'issues'>) =>
      formatInputError(error, { bahasa }),
    message: (issue: InputIssue) => issueMessage(issue, bahasa),
    label: (label: Label) =>
      parseInput({ label: LabelSchema }, { label }).label[bahasa],
  });
}

const LabelSchema = z.object({ id: z.string(), en: z.string() });

// Formatting reads the path, the message and, for unknown keys, the code;
// any code is taken, so issues of a newer version still show.
const IssueSchema = z.object({
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  message: LabelSchema,
});

const ErrorSchema = z.object({ issues: z.array(IssueSchema).min(1) });

const OPTIONS = FormatInputErrorOptionsSchema.optional().transform(
  (o) => o ?? {},
);
