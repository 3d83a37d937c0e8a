import * as z from 'zod';
import { type Citation, cite, KEPUTUSAN_84_2024 } from '../../citation.js';
import type { Label } from '../../label.js';

/**
 * Who can carry a duty in the catalogues: the three heads of government
 * of Lampiran BAB II huruf A, the positions of an IMP Bangga Kencana of
 * Lampiran BAB III huruf C, and the kader of each tier whose roles
 * Lampiran BAB IV huruf A angka 2 penjelasan huruf b to d lists.
 *
 * @example
 * // The Ketua of an IMP carries duties
 * PemangkuTugasSchema.safeParse('ketua').success;
 * //=> true
 *
 * @category Katalog
 */
export const PemangkuTugasSchema = z.enum([
  'bupati-walikota',
  'camat',
  'kepala-desa-lurah',
  'penanggung-jawab',
  'pembina',
  'ketua',
  'sekretaris',
  'bendahara',
  'bidang-data',
  'bidang-kie-penggerakan',
  'bidang-pelayanan',
  'sub-imp',
  'kelompok-kb',
  'kader-imp',
  'kader-sub-imp',
  'kader-kelompok-kb',
]);

/**
 * One holder of duties, as {@link PemangkuTugasSchema} lists them.
 *
 * @category Katalog
 */
export type PemangkuTugas = z.output<typeof PemangkuTugasSchema>;

/**
 * One entry of a catalogue: a stable id, a short label in both languages
 * and the clause it comes from.
 *
 * @typeParam Id - The literal ids of the catalogue.
 * @category Katalog
 */
export type EntriKatalog<Id extends string = string> = {
  /** A stable kebab-case id, unique across all catalogues. */
  readonly id: Id;
  /** What the entry is, in our own short words. */
  readonly label: Label;
  /** The clause that rules it. */
  readonly citation: Citation;
};

/**
 * A duty or role of the catalogues, with the holders that carry it.
 *
 * @typeParam Id - The literal ids of the catalogue.
 * @category Katalog
 */
export type Tugas<Id extends string = string> = EntriKatalog<Id> & {
  /** Every holder that carries the duty, at least one. */
  readonly pemangku: readonly PemangkuTugas[];
};

/** One row of a table: slug, clause below the base, label id, label en. */
export type Baris<S extends string> = readonly [S, string, string, string];

/**
 * Builds the entries of one printed list. Each row's clause is written
 * below `base`; an empty one means `base` itself.
 */
export function daftar<const P extends string, const S extends string>(
  prefix: P,
  base: string,
  rows: readonly Baris<S>[],
): EntriKatalog<`${P}.${S}`>[] {
  return rows.map(([slug, below, id, en]) => ({
    id: `${prefix}.${slug}` as const,
    label: { id, en },
    citation: cite(KEPUTUSAN_84_2024, below ? `${base} ${below}` : base),
  }));
}

/** Builds the duties of one printed list, each carried by `pemangku`. */
export function daftarTugas<const P extends string, const S extends string>(
  prefix: P,
  pemangku: readonly PemangkuTugas[],
  base: string,
  rows: readonly Baris<S>[],
): Tugas<`${P}.${S}`>[] {
  return daftar(prefix, base, rows).map((entri) => ({ ...entri, pemangku }));
}
