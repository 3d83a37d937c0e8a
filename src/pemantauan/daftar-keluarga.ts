import type { ImpInputError, InputIssue } from '../errors.js';
import { issue, parseInput } from '../internal/input.js';
import type { Tanggal } from '../tanggal.js';
import { KeluargaSchema, type KeluargaValid } from './keluarga.js';
import { keluargaIssues } from './keluarga-aturan.js';

type Path = readonly (string | number)[];

/** The families read from a list, and every problem found in it. */
export type DaftarKeluarga = {
  readonly keluarga: readonly KeluargaValid[];
  readonly issues: readonly InputIssue[];
};

/**
 * Reads an iterable of families for one desa on a day judged: each
 * family's shape and rules, ids used twice, and families of another
 * desa than `kodeDesa` (or than the first family, when it is not given).
 * Every problem is collected, none stops the reading.
 */
export function readKeluarga(
  value: unknown,
  path: Path,
  tanggal: Tanggal | undefined,
  kodeDesa?: string,
): DaftarKeluarga {
  if (!isIterable(value)) {
    return { keluarga: [], issues: [issue('invalid_type', path, M.iterable)] };
  }
  const keluarga: KeluargaValid[] = [];
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  let desa = kodeDesa;

  let i = 0;
  for (const entry of value) {
    const at = [...path, i++];
    const parsed = parseOne(entry, at);
    issues.push(...parsed.issues);
    const k = parsed.keluarga;
    if (k === undefined) continue;
    desa ??= k.kodeDesa;
    issues.push(
      ...keluargaIssues(at, k, tanggal),
      ...placeIssues(at, k, seen, desa),
    );
    seen.add(k.id);
    keluarga.push(k);
  }
  return { keluarga, issues };
}

/** A family listed before, or of another desa than the list's. */
function placeIssues(
  at: Path,
  k: KeluargaValid,
  seen: ReadonlySet<string>,
  desa: string,
): InputIssue[] {
  return [
    ...(seen.has(k.id)
      ? [issue('duplicate_value', [...at, 'id'], M.ganda)]
      : []),
    ...(k.kodeDesa === desa
      ? []
      : [issue('invalid_value', [...at, 'kodeDesa'], M.desa)]),
  ];
}

function parseOne(
  entry: unknown,
  at: Path,
): { keluarga?: KeluargaValid; issues: readonly InputIssue[] } {
  try {
    const { k } = parseInput({ k: KeluargaSchema }, { k: entry });
    return { keluarga: k, issues: [] };
  } catch (error) {
    // parseInput throws nothing else for a value it was given.
    const { issues } = error as ImpInputError;
    return {
      issues: issues.map((i) => ({ ...i, path: [...at, ...i.path.slice(1)] })),
    };
  }
}

function isIterable(value: unknown): value is Iterable<unknown> {
  const iterator = (value as { [Symbol.iterator]?: unknown } | null)?.[
    Symbol.iterator
  ];
  return typeof value === 'object' && typeof iterator === 'function';
}

const M = {
  iterable: {
    id: 'Harus berupa kumpulan keluarga yang dapat diulang (iterable).',
    en: 'Must be an iterable collection of families.',
  },
  ganda: {
    id: 'Keluarga dengan id ini sudah tercantum: satu keluarga dicatat sekali.',
    en: 'A family with this id is already listed: a family is listed once.',
  },
  desa: {
    id: 'Keluarga ini tercatat di desa lain.',
    en: 'This family is recorded in another desa.',
  },
};
