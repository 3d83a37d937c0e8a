import type * as z from 'zod';
import {
  assessPus,
  buildLaporanDesa,
  classifyImpFromRecords,
  DataLaporanDesaSchema,
  derivePertemuan,
  ImpInputError,
  type InputIssue,
  type InputIssueCode,
  KeluargaSchema,
  listBulanTanpaCatatan,
  PasanganSchema,
  validateDesa,
} from '../index.js';
import { parseInput } from '../internal/input.js';
import type { SchemaEntry } from '../json-schema/names.js';
import type { Label } from '../label.js';
import { readKeluarga } from '../pemantauan/daftar-keluarga.js';
import { keluargaIssues } from '../pemantauan/keluarga-aturan.js';

/** A code of a problem: the library's, or one of the file itself. */
export type ProblemCode = InputIssueCode | 'invalid_json';

/** One problem of one record, placed by line or by index. */
export type Problem = {
  /** The line of the record, from 1, in a file of one record a line. */
  readonly line?: number;
  /** The index of the record, from 0, in a list of records. */
  readonly index?: number;
  /** Keys and indexes from the record to the value at fault. */
  readonly path: readonly (string | number)[];
  readonly code: ProblemCode;
  /** What is wrong, in both languages; never the value. */
  readonly message: Label;
};

/** What to check in each record, beyond its schema. */
export type CheckOptions = {
  /** A JSON Pointer to the record, or to its list, in each value read. */
  readonly pointer?: string | undefined;
  /** The day judged, `YYYY-MM-DD`, for the checks that need one. */
  readonly tanggal?: string | undefined;
};

/** Where a record was found in its file. */
export type Place = { readonly line: number } | { readonly index: number };

type Check = (record: never, tanggal: string | undefined) => unknown;

// The library's own checks of a whole record, where it has more than its
// schema: rules across fields, such as periods in order or RW numbers
// used once, and, given the day judged, the rules that need it. Every
// other schema is checked by parsing alone.
const CHECKS: Readonly<Record<string, Check>> = {
  CatatanImpSchema: (catatan) => classifyImpFromRecords(catatan),
  CatatanPertemuanSchema: (catatan) => derivePertemuan(catatan),
  DataLaporanDesaSchema: (data, tanggal) =>
    tanggal === undefined
      ? parseInput({ data: DataLaporanDesaSchema }, { data }, (p) =>
          p.data ? familiesOf(p.data.keluarga, p.data.kode) : [],
        )
      : buildLaporanDesa(data, tanggal),
  DesaSchema: (desa) => validateDesa(desa),
  // The rules of a family that need no day hold without one, as they do
  // when the library reads a desa's families.
  KeluargaSchema: (keluarga, tanggal) =>
    parseInput({ keluarga: KeluargaSchema }, { keluarga }, (p) =>
      p.keluarga ? keluargaIssues(['keluarga'], p.keluarga, tanggal) : [],
    ),
  PasanganSchema: (pasangan, tanggal) =>
    tanggal === undefined
      ? parseInput({ pasangan: PasanganSchema }, { pasangan })
      : assessPus(pasangan, tanggal),
  PeriodeSchema: (periode) => listBulanTanpaCatatan(periode, []),
};

// The rules of each family and between them, without a day, as a desa
// report reads them.
function familiesOf(keluarga: unknown, kode: string): InputIssue[] {
  return [
    ...readKeluarga(keluarga, ['data', 'keluarga'], undefined, kode).issues,
  ];
}

/**
 * Checks one record against a schema as the library reads it, and
 * returns every problem the library finds, with paths from the record.
 */
export function checkRecord(
  entry: SchemaEntry,
  record: unknown,
  place?: Place,
  tanggal?: string,
): readonly Problem[] {
  const check =
    CHECKS[entry.name] ??
    ((value: unknown) =>
      parseInput({ record: entry.schema }, { record: value }));
  try {
    check(record as never, tanggal);
    return [];
  } catch (error) {
    if (!(error instanceof ImpInputError)) throw error;
    // The first key names the argument of the library's function.
    return error.issues.map(({ code, path, message }) => ({
      ...place,
      path: path.slice(1),
      code,
      message,
    }));
  }
}

/**
 * Checks one line of a file of one record a line. A blank line holds no
 * record and gives `undefined`.
 */
export function checkLine(
  entry: SchemaEntry,
  text: string,
  line: number,
  options: CheckOptions = {},
): readonly Problem[] | undefined {
  if (text.trim() === '') return undefined;
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return [{ line, path: [], code: 'invalid_json', message: NOT_JSON.line }];
  }
  return checkAt(entry, parsed.value, { line }, options);
}

/**
 * Checks a JSON document: one record, or a list of records, unless the
 * schema's record is itself a list. Returns how many records were read
 * and every problem.
 */
export function checkDocument(
  entry: SchemaEntry,
  text: string,
  options: CheckOptions = {},
): DocumentResult {
  const { pointer = '', tanggal } = options;
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const problem: Problem = {
      path: [],
      code: 'invalid_json',
      message: NOT_JSON.file,
    };
    return { records: 0, invalid: 1, problems: [problem] };
  }
  const found = resolvePointer(parsed.value, pointer);
  if (!found.ok)
    return { records: 0, invalid: 1, problems: [missing(pointer)] };
  if (!Array.isArray(found.value) || isList(entry.schema)) {
    const problems = checkRecord(entry, found.value, undefined, tanggal);
    return { records: 1, invalid: problems.length > 0 ? 1 : 0, problems };
  }
  const each = found.value.map((record, index) =>
    checkRecord(entry, record, { index }, tanggal),
  );
  return {
    records: each.length,
    invalid: each.filter((problems) => problems.length > 0).length,
    problems: each.flat(),
  };
}

/** What a JSON document held: records read, records invalid, problems. */
export type DocumentResult = {
  readonly records: number;
  readonly invalid: number;
  readonly problems: readonly Problem[];
};

function checkAt(
  entry: SchemaEntry,
  value: unknown,
  place: Place,
  { pointer = '', tanggal }: CheckOptions,
): readonly Problem[] {
  const found = resolvePointer(value, pointer);
  if (!found.ok) return [{ ...place, ...missing(pointer) }];
  return checkRecord(entry, found.value, place, tanggal);
}

type Found = { readonly ok: true; readonly value: unknown } | { ok: false };

function parseJson(text: string): Found {
  try {
    // A byte-order mark is no part of the JSON text.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    // The parser's message quotes the text, which may be personal data.
    return { ok: false };
  }
}

/** The value a JSON Pointer (RFC 6901) names; `''` names the whole. */
export function resolvePointer(value: unknown, pointer: string): Found {
  if (pointer === '') return { ok: true, value };
  let current: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof current !== 'object' || current === null) return { ok: false };
    if (!Object.hasOwn(current, key)) return { ok: false };
    current = (current as Record<string, unknown>)[key];
  }
  return { ok: true, value: current };
}

function missing(pointer: string): Problem {
  const path = pointer
    .split('/')
    .slice(1)
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));
  return { path, code: 'required', message: NO_VALUE };
}

/** Whether a schema's record is itself a list. */
function isList(schema: z.core.$ZodType): boolean {
  return (schema as z.core.$ZodTypes)._zod.def.type === 'array';
}

const NOT_JSON = {
  line: {
    id: 'Baris ini bukan JSON yang sah.',
    en: 'This line is not valid JSON.',
  },
  file: {
    id: 'Berkas ini bukan JSON yang sah.',
    en: 'This file is not valid JSON.',
  },
} as const satisfies Record<string, Label>;

const NO_VALUE: Label = {
  id: 'Tidak ada nilai pada JSON Pointer yang diberikan.',
  en: 'There is no value at the JSON Pointer given.',
};
