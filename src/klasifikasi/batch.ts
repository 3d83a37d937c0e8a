import * as z from 'zod';
import { ImpInputError, type SafeResult } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { issue, parseInput, safely } from '../internal/input.js';
import { classifyFakta } from './classify.js';
import { KRITERIA, type Kriteria } from './kriteria.js';
import {
  type ClassifyImpOptions,
  ClassifyImpOptionsSchema,
  type Penilaian,
  PenilaianSchema,
} from './penilaian.js';

/**
 * The answer of {@link summarizeKlasifikasi}.
 *
 * @category Klasifikasi
 */
export type KlasifikasiSummary = {
  /** How many IMP were classified. */
  readonly jumlah: number;
  /** How many reached each class; `'belum-terklasifikasi'` for none. */
  readonly klasifikasi: {
    readonly dasar: number;
    readonly berkembang: number;
    readonly mandiri: number;
    readonly 'belum-terklasifikasi': number;
  };
  /** `skor[n]` is how many IMP scored `n`, for `n` from 0 to 18. */
  readonly skor: readonly number[];
  /**
   * Each criterion some IMP lacks for its next class, with how many lack
   * it; most common first, ties in catalogue order.
   */
  readonly kurang: readonly {
    readonly kriteria: Kriteria;
    readonly jumlah: number;
  }[];
};

/**
 * Classifies many IMP, as {@link classifyImp} does each, and sums up the
 * count per class, the score distribution and the criteria most often
 * lacking for the next class.
 *
 * @remarks
 * The entries are read one at a time and only counters are kept, so any
 * iterable works, a generator over a large file included. The first
 * invalid entry stops the run with an {@link ImpInputError} whose paths
 * start with `penilaian` and the entry's index, since a summary that
 * silently skips IMP would misreport the area.
 *
 * @param penilaian - Any iterable of penilaian, see
 *   {@link PenilaianSchema}.
 * @param options - As for {@link classifyImp}, applied to every entry.
 * @returns The counts. Frozen.
 * @throws {@link ImpInputError} when the argument is not iterable, an
 *   entry is not a valid penilaian, or the options are not valid.
 *
 * @example
 * // No IMP at all
 * summarizeKlasifikasi([]).klasifikasi;
 * //=> { dasar: 0, berkembang: 0, mandiri: 0, 'belum-terklasifikasi': 0 }
 *
 * @see Lampiran BAB IV huruf C.
 * @category Klasifikasi
 */
export function summarizeKlasifikasi(
  penilaian: Iterable<Penilaian>,
  options?: ClassifyImpOptions,
): KlasifikasiSummary {
  const { options: parsed } = parseInput(
    { options: ClassifyImpOptionsSchema },
    { options: options ?? {} },
  );
  const dasar = parsed.dasar ?? 'minimal';
  const tally = emptyTally();

  let index = 0;
  for (const entry of iterate(penilaian)) {
    const fakta = parseEntry(entry, index);
    const result = classifyFakta(fakta, dasar);
    tally.klasifikasi[result.klasifikasi ?? 'belum-terklasifikasi'] += 1;
    tally.skor[result.skor] = (tally.skor[result.skor] ?? 0) + 1;
    for (const k of result.kurang) {
      tally.kurang.set(k, (tally.kurang.get(k) ?? 0) + 1);
    }
    index += 1;
  }
  return deepFreeze({
    jumlah: index,
    klasifikasi: tally.klasifikasi,
    skor: tally.skor,
    kurang: ranked(tally.kurang),
  });
}

function emptyTally() {
  return {
    klasifikasi: {
      dasar: 0,
      berkembang: 0,
      mandiri: 0,
      'belum-terklasifikasi': 0,
    } as Record<
      'dasar' | 'berkembang' | 'mandiri' | 'belum-terklasifikasi',
      number
    >,
    skor: Array.from({ length: 19 }, () => 0),
    kurang: new Map<Kriteria, number>(),
  };
}

function iterate(value: unknown): Iterable<unknown> {
  const iterator = (value as { [Symbol.iterator]?: unknown } | null)?.[
    Symbol.iterator
  ];
  if (typeof value === 'object' && typeof iterator === 'function') {
    return value as Iterable<unknown>;
  }
  throw new ImpInputError([
    issue('invalid_type', ['penilaian'], {
      id: 'Harus berupa kumpulan yang dapat diulang (iterable).',
      en: 'Must be an iterable collection.',
    }),
  ]);
}

function parseEntry(entry: unknown, index: number) {
  try {
    return parseInput({ entry: PenilaianSchema }, { entry }).entry;
  } catch (error) {
    const issues = (error as ImpInputError).issues.map((i) => ({
      ...i,
      path: ['penilaian', index, ...i.path.slice(1)],
    }));
    throw new ImpInputError(issues as [never, ...never[]]);
  }
}

function ranked(counts: Map<Kriteria, number>) {
  return KRITERIA.filter((k) => counts.has(k))
    .map((kriteria) => ({ kriteria, jumlah: counts.get(kriteria) as number }))
    .sort((a, b) => b.jumlah - a.jumlah);
}

const JumlahSchema = z.int().min(0);

/**
 * A summary as {@link mergeKlasifikasiSummary} reads it: the shape
 * {@link summarizeKlasifikasi} returns, also after a trip through JSON or
 * a worker thread, which turns the criteria into plain copies. Criteria
 * are matched by `id`.
 *
 * @example
 * // The summary of no IMP, as JSON would carry it
 * KlasifikasiSummarySchema.safeParse(
 *   JSON.parse(JSON.stringify(summarizeKlasifikasi([]))),
 * ).success;
 * //=> true
 *
 * @category Klasifikasi
 */
export const KlasifikasiSummarySchema = z.object({
  jumlah: JumlahSchema,
  klasifikasi: z.object({
    dasar: JumlahSchema,
    berkembang: JumlahSchema,
    mandiri: JumlahSchema,
    'belum-terklasifikasi': JumlahSchema,
  }),
  skor: z.array(JumlahSchema).length(19),
  kurang: z.array(
    z.object({
      kriteria: z.object({
        id: z.enum(KRITERIA.map((k) => k.id) as [string, ...string[]]),
      }),
      jumlah: JumlahSchema,
    }),
  ),
});

/**
 * Adds up two summaries of disjoint sets of IMP, as if
 * {@link summarizeKlasifikasi} had read both sets in one pass.
 *
 * @remarks
 * Every field is a count, so the counts add; the criteria most often
 * lacking are ranked again as {@link summarizeKlasifikasi} ranks them. It
 * serves batch jobs that classify slices on worker threads, where each
 * slice's summary comes back as a plain copy. Both summaries must have
 * been made with the same options: the sum of classes made under
 * different readings of Dasar means nothing, and cannot be told apart.
 *
 * @param a - One summary, see {@link KlasifikasiSummarySchema}.
 * @param b - The other.
 * @returns The summary of both sets. Frozen.
 * @throws {@link ImpInputError} when either is not of the documented
 *   shape or names a criterion the catalogue does not have.
 *
 * @example
 * // Two halves of a batch add up to the summary of the whole
 * const half = summarizeKlasifikasi([]);
 * mergeKlasifikasiSummary(half, half).jumlah;
 * //=> 0
 *
 * @see Lampiran BAB IV huruf C.
 * @category Klasifikasi
 */
export function mergeKlasifikasiSummary(
  a: KlasifikasiSummaryInput,
  b: KlasifikasiSummaryInput,
): KlasifikasiSummary {
  const input = parseInput(
    { a: KlasifikasiSummarySchema, b: KlasifikasiSummarySchema },
    { a, b },
  );
  const tally = emptyTally();
  for (const part of [input.a, input.b]) {
    for (const kelas of KELAS)
      tally.klasifikasi[kelas] += part.klasifikasi[kelas];
    part.skor.forEach((n, skor) => {
      tally.skor[skor] = (tally.skor[skor] ?? 0) + n;
    });
    for (const { kriteria, jumlah } of part.kurang) {
      const k = KRITERIA_BY_ID.get(kriteria.id) as Kriteria;
      tally.kurang.set(k, (tally.kurang.get(k) ?? 0) + jumlah);
    }
  }
  return deepFreeze({
    jumlah: input.a.jumlah + input.b.jumlah,
    klasifikasi: tally.klasifikasi,
    skor: tally.skor,
    kurang: ranked(tally.kurang),
  });
}

/**
 * A summary as {@link KlasifikasiSummarySchema} reads it.
 *
 * @category Klasifikasi
 */
export type KlasifikasiSummaryInput = {
  readonly jumlah: number;
  readonly klasifikasi: Readonly<KlasifikasiSummary['klasifikasi']>;
  readonly skor: readonly number[];
  readonly kurang: readonly {
    readonly kriteria: { readonly id: string };
    readonly jumlah: number;
  }[];
};

/**
 * {@link mergeKlasifikasiSummary} that returns its input error instead of
 * throwing it.
 *
 * @param a - As for {@link mergeKlasifikasiSummary}.
 * @param b - As for {@link mergeKlasifikasiSummary}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A score list of the wrong length is refused by its path
 * const whole = summarizeKlasifikasi([]);
 * const result = safeMergeKlasifikasiSummary(whole, { ...whole, skor: [] });
 * result.success ? null : result.error.issues[0].path;
 * //=> ['b', 'skor']
 *
 * @see Lampiran BAB IV huruf C.
 * @category Klasifikasi
 */
export const safeMergeKlasifikasiSummary: (
  a: KlasifikasiSummaryInput,
  b: KlasifikasiSummaryInput,
) => SafeResult<KlasifikasiSummary> = safely(mergeKlasifikasiSummary);

const KELAS = [
  'dasar',
  'berkembang',
  'mandiri',
  'belum-terklasifikasi',
] as const;
const KRITERIA_BY_ID = new Map(KRITERIA.map((k) => [k.id, k]));
