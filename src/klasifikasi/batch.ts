import { ImpInputError } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { issue, parseInput } from '../internal/input.js';
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
