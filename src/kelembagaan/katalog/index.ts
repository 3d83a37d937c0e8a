import * as z from 'zod';
import { deepFreeze } from '../../internal/freeze.js';
import { issue, parseInput } from '../../internal/input.js';
import {
  type EntriKatalog,
  type PemangkuTugas,
  PemangkuTugasSchema,
  type Tugas,
} from './entri.js';
import { INOVASI, KEGIATAN, PELAYANAN } from './kegiatan.js';
import { isKlausul, isUnder } from './klausul.js';
import { KOMPETENSI } from './kompetensi.js';
import { PENDANAAN } from './pendanaan.js';
import { PERAN_KADER, type PeranKader } from './peran-kader.js';
import { PERAN_PEMERINTAH, type PeranPemerintah } from './peran-pemerintah.js';
import { SASARAN } from './sasaran.js';
import { TUGAS_BIDANG } from './tugas-bidang.js';
import { TUGAS_PENGURUS } from './tugas-pengurus.js';

/**
 * Every duty and role of the catalogues: those of the heads of
 * government, of the positions of an IMP and of the kader, in that order.
 *
 * @example
 * // Every duty is carried by at least one holder
 * TUGAS.every((t) => t.pemangku.length > 0);
 * //=> true
 *
 * @see Lampiran BAB II huruf A, BAB III huruf C, BAB IV huruf A angka 2.
 * @category Katalog
 */
export const TUGAS: readonly Tugas[] = deepFreeze([
  ...PERAN_PEMERINTAH,
  ...TUGAS_PENGURUS,
  ...TUGAS_BIDANG,
  ...PERAN_KADER,
]);

/**
 * Every entry of every catalogue: the duties of {@link TUGAS}, then the
 * competencies, activities, services, innovations, target groups and
 * funding sources. Ids are unique across all of them.
 *
 * @example
 * // Each entry carries a clause of the decree
 * KATALOG.every((e) => e.citation.ref.startsWith('Lampiran BAB '));
 * //=> true
 *
 * @see Lampiran BAB II, BAB III and BAB IV.
 * @category Katalog
 */
export const KATALOG: readonly EntriKatalog[] = deepFreeze([
  ...TUGAS,
  ...KOMPETENSI,
  ...KEGIATAN,
  ...PELAYANAN,
  ...INOVASI,
  ...SASARAN,
  ...PENDANAAN,
]);

/**
 * The duties and roles that one holder carries, in catalogue order.
 *
 * @param pemangku - A holder id of {@link PemangkuTugasSchema}.
 * @returns The holder's duties. Frozen.
 * @throws {@link ImpInputError} when `pemangku` is not a known holder.
 *
 * @example
 * // The Bendahara has six duties, the last one whatever the Ketua asks
 * const tugas = findTugas('bendahara');
 * [tugas.length, tugas[5].citation.ref];
 * //=> [6, 'Lampiran BAB III huruf C angka 3 huruf c angka 6)']
 *
 * @see Lampiran BAB II huruf A, BAB III huruf C, BAB IV huruf A angka 2.
 * @category Katalog
 */
export function findTugas(pemangku: PemangkuTugas): readonly Tugas[] {
  const input = parseInput({ pemangku: PemangkuTugasSchema }, { pemangku });

  return deepFreeze(TUGAS.filter((t) => t.pemangku.includes(input.pemangku)));
}

/**
 * The id of a duty or role of {@link TUGAS}.
 *
 * @category Katalog
 */
export type TugasId =
  | PeranPemerintah['id']
  | (typeof TUGAS_PENGURUS)[number]['id']
  | (typeof TUGAS_BIDANG)[number]['id']
  | PeranKader['id'];

/**
 * The holders that carry one duty or role of {@link TUGAS}.
 *
 * @param tugas - The id of a duty, e.g. `'ketua.rapat-koordinasi-bulanan'`.
 * @returns The holder ids. Frozen.
 * @throws {@link ImpInputError} when `tugas` is not the id of a duty.
 *
 * @example
 * // A role in a Rumah Dataku is played by the kader of all three tiers
 * findPemangku('kader.rumah-dataku.entri-data');
 * //=> ['kader-imp', 'kader-sub-imp', 'kader-kelompok-kb']
 *
 * @see Lampiran BAB II huruf A, BAB III huruf C, BAB IV huruf A angka 2.
 * @category Katalog
 */
export function findPemangku(tugas: TugasId): readonly PemangkuTugas[] {
  const input = parseInput({ tugas: z.string() }, { tugas }, (p) =>
    p.tugas === undefined || TUGAS.some((t) => t.id === p.tugas)
      ? []
      : [issue('invalid_value', ['tugas'], MESSAGES.unknownTugas)],
  );

  const found = TUGAS.find((t) => t.id === input.tugas) as Tugas;
  return deepFreeze([...found.pemangku]);
}

/**
 * Every catalogue entry that a clause rules: the entries cited to the
 * clause itself or to any clause under it, in catalogue order.
 *
 * @remarks
 * Clauses are compared step by step (`BAB`, `huruf`, `angka`,
 * `penjelasan`), so `angka 3` does not take in `angka 30`, and
 * `Lampiran BAB IV` does not take in the second chapter printed as BAB IV,
 * written `Lampiran BAB IV (Pemantauan dan Evaluasi)`. A well-formed
 * clause that rules no entry gives an empty list.
 *
 * @param ref - A clause written as the regulation README sets, e.g.
 *   `'Lampiran BAB III huruf C angka 3 huruf d angka 1)'`.
 * @returns The entries under the clause. Frozen.
 * @throws {@link ImpInputError} when `ref` is not written as a clause.
 *
 * @example
 * // Everything the data bidang's clause rules: its four duties
 * const ruled = findByClause(
 *   'Lampiran BAB III huruf C angka 3 huruf d angka 1)',
 * );
 * [ruled.length, ruled[0].id];
 * //=> [4, 'bidang-data.kumpulkan-data']
 *
 * @example
 * // Angka 3 of the target groups does not take in anything else
 * findByClause('Lampiran BAB II huruf C angka 3').length;
 * //=> 1
 *
 * @see Lampiran BAB II huruf A to BAB IV huruf A angka 2.
 * @category Katalog
 */
export function findByClause(ref: string): readonly EntriKatalog[] {
  const input = parseInput({ ref: z.string() }, { ref }, (p) =>
    p.ref === undefined || isKlausul(p.ref)
      ? []
      : [issue('invalid_input', ['ref'], MESSAGES.notKlausul)],
  );

  return deepFreeze(KATALOG.filter((e) => isUnder(e.citation.ref, input.ref)));
}

const MESSAGES = {
  unknownTugas: {
    id: 'Bukan id tugas dalam katalog.',
    en: 'Not the id of a duty in the catalogues.',
  },
  notKlausul: {
    id: 'Tidak ditulis sebagai klausul keputusan, mis. "Lampiran BAB II".',
    en: 'Not written as a clause of the decree, e.g. "Lampiran BAB II".',
  },
};

export type { PeranKader, WadahKader } from './peran-kader.js';
export type { JenisPeran, PeranPemerintah } from './peran-pemerintah.js';
export {
  type EntriKatalog,
  INOVASI,
  KEGIATAN,
  KOMPETENSI,
  PELAYANAN,
  PENDANAAN,
  PERAN_KADER,
  PERAN_PEMERINTAH,
  type PemangkuTugas,
  PemangkuTugasSchema,
  SASARAN,
  TUGAS_BIDANG,
  TUGAS_PENGURUS,
  type Tugas,
};
