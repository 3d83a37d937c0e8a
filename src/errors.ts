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
 * that a NIK or a birth date cannot leak into a log.
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
    super(summarize(issues));
    this.issues = Object.freeze(issues.map((i) => Object.freeze(i))) as [
      InputIssue,
      ...InputIssue[],
    ];
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

function summarize(issues: readonly InputIssue[]): string {
  const lines = issues.map((issue) => {
    const where = issue.path.join('.');
    return `- ${where}: ${issue.message.id} / ${issue.message.en}`;
  });
  return [
    `Masukan tidak sah (${issues.length} masalah) / ` +
      `Invalid input (${issues.length} issue(s))`,
    ...lines,
  ].join('\n');
}
