import type { Bahasa } from './bahasa.js';
import type { Label } from './label.js';

/**
 * The stable codes of input problems. Apps may switch on them; they never
 * change meaning between versions.
 *
 * - `required`: a required value is absent.
 * - `invalid_type`: a value of the wrong kind (text for a boolean, say).
 * - `invalid_date`: not a real calendar date written `YYYY-MM-DD`, such as
 *   `2023-02-29`.
 * - `invalid_value`: not one of the allowed values.
 * - `unrecognized_key`: a key that an options object does not know.
 * - `out_of_range`: a number or date outside what the rule covers.
 * - `birth_after_date`: a birth date later than the day judged.
 * - `duplicate_value`: a number or id used twice where it must be unique,
 *   such as two RW with the same number in one desa.
 * - `inconsistent_report`: a report that breaks one of the arithmetic
 *   rules it must keep before it is summed (see `ATURAN_KONSISTENSI`);
 *   the message names the rule.
 * - `invalid_input`: any other shape problem.
 *
 * @category Errors
 */
export type InputIssueCode =
  | 'required'
  | 'invalid_type'
  | 'invalid_date'
  | 'invalid_value'
  | 'unrecognized_key'
  | 'out_of_range'
  | 'birth_after_date'
  | 'duplicate_value'
  | 'inconsistent_report'
  | 'invalid_input';

/**
 * One problem found in the input of a function.
 *
 * @category Errors
 */
export type InputIssue = {
  /** A stable code for the kind of problem. */
  readonly code: InputIssueCode;
  /**
   * Where the problem is: the argument's name, then the keys and indexes
   * leading to the value, e.g. `['pasangan', 'istri', 'tanggalLahir']`.
   */
  readonly path: readonly (string | number)[];
  /** What is wrong, in both languages. Never repeats the input's value. */
  readonly message: Label;
};

/**
 * The one error the library throws: the input was not what the function
 * documents. It lists every problem found, not just the first.
 *
 * @remarks
 * Messages name the place and the kind of problem, never the value, so
 * that a NIK or a birth date cannot leak into a log. `message` holds both
 * languages; {@link ImpInputError.format} gives the same lines in one
 * language (`'id'` unless asked), and {@link createFormatter} fixes the
 * language once for an app. A key that the input should not have is
 * named in its issue's `path`, but left out of `message` and `format`:
 * a key can be data too.
 *
 * @example
 * // An impossible date is refused, with its path and a stable code
 * const result = safeAssessPus(
 *   { menikah: true, istri: { tanggalLahir: '2023-02-29' } },
 *   '2025-01-01',
 * );
 * result.success ? null : result.error instanceof ImpInputError;
 * //=> true
 * result.success ? null : result.error.issues[0].code;
 * //=> 'invalid_date'
 *
 * @example
 * // A day judged left out, shown in English, then in Indonesian
 * const couple = { menikah: true, istri: { tanggalLahir: '1990-01-01' } };
 * const result = safeAssessPus(couple, undefined);
 * result.success ? null : result.error.format('en');
 * //=> 'Invalid input (1 issue)\n- tanggal: Required.'
 * result.success ? null : result.error.format();
 * //=> 'Masukan tidak sah (1 masalah)\n- tanggal: Wajib diisi.'
 *
 * @category Errors
 */
export class ImpInputError extends Error {
  override readonly name = 'ImpInputError';

  /** Every problem found, at least one. */
  readonly issues: readonly [InputIssue, ...InputIssue[]];

  /**
   * Builds the error from the problems found. The library does this; apps
   * only read it.
   *
   * @param issues - The problems found, at least one.
   */
  constructor(issues: readonly [InputIssue, ...InputIssue[]]) {
    super(formatIssues(issues));
    this.issues = Object.freeze(issues.map((i) => Object.freeze(i))) as [
      InputIssue,
      ...InputIssue[],
    ];
  }

  /**
   * The problems as text in one language: a heading, then a line for
   * each problem with its place.
   *
   * @param bahasa - `'id'` for Bahasa Indonesia (the default) or `'en'`.
   * @returns The heading and the lines, one per line.
   * @throws {@link ImpInputError} when `bahasa` is neither, with code
   *   `invalid_value` at path `['bahasa']`.
   */
  format(bahasa: Bahasa = 'id'): string {
    if (!Object.hasOwn(HEADINGS, bahasa)) {
      throw new ImpInputError([NOT_A_BAHASA]);
    }
    return formatIssues(this.issues, bahasa);
  }
}

/**
 * What a `safe…` function returns: the result, or the input error it
 * would have thrown.
 *
 * @typeParam T - The result of the function when the input is valid.
 * @category Errors
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: ImpInputError };

/** What formatting reads of an issue; a copy that crossed JSON will do. */
export type IssueText = Pick<InputIssue, 'path' | 'message'> & {
  readonly code: string;
};

/**
 * The issues as text in one language, or in both (as `message` has them)
 * when `bahasa` is left out.
 */
export function formatIssues(
  issues: readonly IssueText[],
  bahasa?: Bahasa,
): string {
  const text = (label: Label) =>
    bahasa ? label[bahasa] : `${label.id} / ${label.en}`;
  const count = issues.length;
  const heading = { id: HEADINGS.id(count), en: HEADINGS.en(count) };
  return [
    text(heading),
    ...issues.map((i) => `- ${placeOf(i)}: ${text(i.message)}`),
  ].join('\n');
}

const HEADINGS: Record<Bahasa, (count: number) => string> = {
  id: (count) => `Masukan tidak sah (${count} masalah)`,
  en: (count) => `Invalid input (${count} issue${count === 1 ? '' : 's'})`,
};

/** The path as text; an unknown key stays out, being the input's own. */
function placeOf(issue: IssueText): string {
  const path =
    issue.code === 'unrecognized_key' ? issue.path.slice(0, -1) : issue.path;
  return path.join('.');
}

const NOT_A_BAHASA: InputIssue = {
  code: 'invalid_value',
  path: ['bahasa'],
  message: {
    id: "Bahasa harus 'id' atau 'en'.",
    en: "The language must be 'id' or 'en'.",
  },
};
