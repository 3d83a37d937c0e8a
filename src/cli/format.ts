import type { Label } from '../label.js';
import type { Bahasa } from './args.js';
import type { Problem } from './validate.js';

/** What a run found, over all records. */
export type Summary = {
  readonly records: number;
  readonly invalid: number;
  readonly problems: number;
};

/**
 * A problem for people: where it is, the path of the value and the code,
 * then the message in one language or in both.
 *
 * @example
 * // pasangan.ndjson:3: $.istri.tanggalLahir: invalid_date
 * //   id: Bukan tanggal kalender yang ada, dalam bentuk YYYY-MM-DD.
 * //   en: Not a real calendar date in the form YYYY-MM-DD.
 */
export function formatProblem(
  problem: Problem,
  file: string,
  bahasa?: Bahasa,
): string {
  const place = placeOf(problem, file);
  const head = `${place}: ${pathText(problem)}: ${problem.code}`;
  if (bahasa) return `${head}: ${problem.message[bahasa]}\n`;
  return `${head}\n  id: ${problem.message.id}\n  en: ${problem.message.en}\n`;
}

/** A problem as one line of JSON, for machines. */
export function formatProblemJson(problem: Problem, file: string): string {
  return `${JSON.stringify({ type: 'problem', file, ...problem })}\n`;
}

/** The closing count for people, in one language or in both. */
export function formatSummary(summary: Summary, bahasa?: Bahasa): string {
  const { records, invalid, problems } = summary;
  const text: Label = {
    id: `Rekaman: ${records}, tidak sah: ${invalid}, masalah: ${problems}.`,
    en: `Records: ${records}, invalid: ${invalid}, problems: ${problems}.`,
  };
  return bahasa ? `${text[bahasa]}\n` : `${text.id}\n${text.en}\n`;
}

/** The closing count as one line of JSON. */
export function formatSummaryJson(summary: Summary): string {
  return `${JSON.stringify({ type: 'summary', ...summary })}\n`;
}

function placeOf(problem: Problem, file: string): string {
  if (problem.line !== undefined) return `${file}:${problem.line}`;
  if (problem.index !== undefined) return `${file}[${problem.index}]`;
  return file;
}

/**
 * The path as `$.rw[0].nomor`. The name of a key the record should not
 * have is left out, as the library's own texts do: a key can be data too.
 */
export function pathText(problem: Pick<Problem, 'path' | 'code'>): string {
  const unknownKey = problem.code === 'unrecognized_key';
  const path = unknownKey ? problem.path.slice(0, -1) : problem.path;
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${text}.${key}`
      : `${text}[${JSON.stringify(key)}]`;
  }, '$');
}
