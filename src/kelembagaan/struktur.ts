import * as z from 'zod';
import { type Citation, cite, KEPUTUSAN_84_2024 } from '../citation.js';
import type { SafeResult } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput, safely } from '../internal/input.js';
import type { Label } from '../label.js';
import { type Desa, DesaSchema, type DesaValid } from '../wilayah.js';
import { type Kepengurusan, KepengurusanSchema } from './kepengurusan.js';

/**
 * The stable ids of the findings of {@link validateKepengurusan}:
 * `…-kosong` for a vacant position of the minimum structure,
 * `…-tidak-sesuai` for a holder the decree does not allow, and
 * `musyawarah-tidak-diketahui` when the roster does not say how the board
 * was chosen.
 *
 * @example
 * // The id of a missing secretary
 * IdTemuanStrukturSchema.options.includes('sekretaris-kosong');
 * //=> true
 *
 * @category Kelembagaan
 */
export const IdTemuanStrukturSchema = z.enum([
  'penanggung-jawab-kosong',
  'pembina-kosong',
  'ketua-kosong',
  'sekretaris-kosong',
  'bendahara-kosong',
  'bidang-data-kosong',
  'bidang-kie-penggerakan-kosong',
  'bidang-pelayanan-kosong',
  'sub-imp-kosong',
  'kelompok-kb-kosong',
  'penanggung-jawab-tidak-sesuai',
  'pembina-tidak-sesuai',
  'musyawarah-tidak-sesuai',
  'musyawarah-tidak-diketahui',
]);

/**
 * A finding id, as {@link IdTemuanStrukturSchema} lists them.
 *
 * @category Kelembagaan
 */
export type IdTemuanStruktur = z.output<typeof IdTemuanStrukturSchema>;

/**
 * One missing or misfilled position.
 *
 * @category Kelembagaan
 */
export type TemuanStruktur = {
  /** Stable id of the kind of finding. */
  readonly id: IdTemuanStruktur;
  /** The RW the finding is about, for a Sub IMP or Kelompok KB. */
  readonly rw?: number;
  /** The RT the finding is about, for a Kelompok KB. */
  readonly rt?: number;
  /** The index of the Pembina the finding is about. */
  readonly indeks?: number;
  /** What is wrong, in both languages. */
  readonly label: Label;
  /** The clause the roster falls short of. */
  readonly citation: Citation;
};

/**
 * The answer of {@link validateKepengurusan}.
 *
 * @category Kelembagaan
 */
export type StrukturResult = {
  /** True when nothing is missing, misfilled or unknown. */
  readonly lengkap: boolean;
  /** Every finding, in the order of the clauses. */
  readonly temuan: readonly TemuanStruktur[];
};

/**
 * Options of {@link validateKepengurusan}.
 *
 * @example
 * // A desa with one RW and one RT to check the roster against
 * ValidateKepengurusanOptionsSchema.safeParse({
 *   desa: { kode: '32.04.11.2001', nama: 'Sukamaju', rw: [{ nomor: 1 }] },
 * }).success;
 * //=> true
 *
 * @category Kelembagaan
 */
export const ValidateKepengurusanOptionsSchema = z.strictObject({
  /** The desa tree: each RW needs a Sub IMP, each RT a Kelompok KB. */
  desa: DesaSchema.optional(),
});

/**
 * Options of {@link validateKepengurusan}.
 *
 * @category Kelembagaan
 */
export type ValidateKepengurusanOptions = {
  /** The desa tree: each RW needs a Sub IMP, each RT a Kelompok KB. */
  readonly desa?: Desa;
};

const B1 = 'Lampiran BAB III huruf B angka 1';
const B2 = 'Lampiran BAB III huruf B angka 2';

type Roster = z.output<typeof KepengurusanSchema>;

/**
 * Checks a roster against the minimum structure of an IMP Bangga Kencana
 * and who may hold each position, and returns every finding at once.
 *
 * @remarks
 * An IMP led by a single person is not refused: each position it lacks is
 * reported as a shortfall (regulation README, reading 10). Without
 * `options.desa`, an empty list of Sub IMP or Kelompok KB is one
 * shortfall; with it, each RW without a Sub IMP and each RT without a
 * Kelompok KB is one, named by its number. When the roster does not say
 * whether the board was chosen by musyawarah, that is reported as
 * unknown, never assumed.
 *
 * @param kepengurusan - The roster.
 * @param options - Optionally, the desa tree to check Sub IMP and
 *   Kelompok KB against.
 * @returns Whether the structure is complete, and every finding. Frozen.
 * @throws {@link ImpInputError} when the roster or options are not of the
 *   documented shape.
 *
 * @example
 * // A roster with only a Ketua
 * const result = validateKepengurusan({ ketua: { nama: 'Ahmad' } });
 * [result.lengkap, result.temuan.length, result.temuan[0].id];
 * //=> [false, 10, 'penanggung-jawab-kosong']
 *
 * @see Lampiran BAB III huruf B angka 1 and angka 2.
 * @category Kelembagaan
 */
export function validateKepengurusan(
  kepengurusan: Kepengurusan,
  options: ValidateKepengurusanOptions = {},
): StrukturResult {
  const input = parseInput(
    {
      kepengurusan: KepengurusanSchema,
      options: ValidateKepengurusanOptionsSchema,
    },
    { kepengurusan, options },
  );
  const roster = input.kepengurusan;
  const temuan = [
    ...kosong(roster),
    ...tingkatBawah(roster, input.options.desa),
    ...tidakSesuai(roster),
  ];
  return deepFreeze({ lengkap: temuan.length === 0, temuan });
}

/**
 * {@link validateKepengurusan} that returns its input error instead of
 * throwing it.
 *
 * @param kepengurusan - As for {@link validateKepengurusan}.
 * @param options - As for {@link validateKepengurusan}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A Ketua without a name is refused by its path
 * const result = safeValidateKepengurusan({ ketua: { nama: '' } });
 * result.success ? null : result.error.issues[0].path;
 * //=> ['kepengurusan', 'ketua', 'nama']
 *
 * @see Lampiran BAB III huruf B angka 1 and angka 2.
 * @category Kelembagaan
 */
export const safeValidateKepengurusan: (
  kepengurusan: Kepengurusan,
  options?: ValidateKepengurusanOptions,
) => SafeResult<StrukturResult> = safely(validateKepengurusan);

function temuan(
  id: IdTemuanStruktur,
  ref: string,
  tempat: { rw?: number; rt?: number; indeks?: number } = {},
): TemuanStruktur {
  return {
    id,
    ...tempat,
    label: LABEL[id],
    citation: cite(KEPUTUSAN_84_2024, ref),
  };
}

function kosong(r: Roster): TemuanStruktur[] {
  const c = `${B1} huruf c`;
  const checks: [unknown, IdTemuanStruktur, string][] = [
    [r.penanggungJawab, 'penanggung-jawab-kosong', `${B1} huruf a`],
    [r.pembina[0], 'pembina-kosong', `${B1} huruf b`],
    [r.ketua, 'ketua-kosong', `${c} angka 1)`],
    [r.sekretaris, 'sekretaris-kosong', `${c} angka 2)`],
    [r.bendahara, 'bendahara-kosong', `${c} angka 3)`],
    [r.bidang.data, 'bidang-data-kosong', `${c} angka 4)`],
    [r.bidang.kiePenggerakan, 'bidang-kie-penggerakan-kosong', `${c} angka 4)`],
    [r.bidang.pelayanan, 'bidang-pelayanan-kosong', `${c} angka 4)`],
  ];
  return checks.flatMap(([holder, id, ref]) =>
    holder === undefined ? [temuan(id, ref)] : [],
  );
}

function tingkatBawah(r: Roster, desa: DesaValid | undefined) {
  const subRef = `${B1} huruf c angka 5)`;
  const kbRef = `${B1} huruf c angka 6)`;
  if (desa === undefined) {
    return [
      ...(r.subImp.length === 0 ? [temuan('sub-imp-kosong', subRef)] : []),
      ...(r.kelompokKb.length === 0
        ? [temuan('kelompok-kb-kosong', kbRef)]
        : []),
    ];
  }
  const hasSub = (rw: number) => r.subImp.some((s) => s.rw === rw);
  const hasKb = (rw: number, rt: number) =>
    r.kelompokKb.some((k) => k.rw === rw && k.rt === rt);
  return desa.rw.flatMap(({ nomor: rw, rt }) => [
    ...(hasSub(rw) ? [] : [temuan('sub-imp-kosong', subRef, { rw })]),
    ...rt
      .filter(({ nomor }) => !hasKb(rw, nomor))
      .map(({ nomor }) =>
        temuan('kelompok-kb-kosong', kbRef, { rw, rt: nomor }),
      ),
  ]);
}

function tidakSesuai(r: Roster): TemuanStruktur[] {
  const musyawarah = r.dipilihMelaluiMusyawarah;
  return [
    ...(r.penanggungJawab?.jabatan === 'lainnya'
      ? [temuan('penanggung-jawab-tidak-sesuai', `${B2} huruf a`)]
      : []),
    ...r.pembina.flatMap((p, indeks) =>
      p.unsur === 'lainnya'
        ? [temuan('pembina-tidak-sesuai', `${B2} huruf b`, { indeks })]
        : [],
    ),
    ...(musyawarah === false
      ? [temuan('musyawarah-tidak-sesuai', `${B2} huruf c`)]
      : []),
    ...(musyawarah === undefined
      ? [temuan('musyawarah-tidak-diketahui', `${B2} huruf c`)]
      : []),
  ];
}

const kosongLabel = (id: string, en: string): Label => ({
  id: `${id} belum terisi.`,
  en: `No ${en} is recorded.`,
});

const LABEL: { readonly [K in IdTemuanStruktur]: Label } = {
  'penanggung-jawab-kosong': kosongLabel(
    'Penanggung jawab',
    'person in charge',
  ),
  'pembina-kosong': kosongLabel('Pembina', 'adviser (Pembina)'),
  'ketua-kosong': kosongLabel('Ketua', 'chair'),
  'sekretaris-kosong': kosongLabel('Sekretaris', 'secretary'),
  'bendahara-kosong': kosongLabel('Bendahara', 'treasurer'),
  'bidang-data-kosong': kosongLabel('Bidang data', 'data section'),
  'bidang-kie-penggerakan-kosong': kosongLabel(
    'Bidang KIE dan penggerakan',
    'outreach and mobilisation section',
  ),
  'bidang-pelayanan-kosong': kosongLabel('Bidang pelayanan', 'service section'),
  'sub-imp-kosong': kosongLabel('Sub IMP di RW', 'Sub IMP for the RW'),
  'kelompok-kb-kosong': kosongLabel(
    'Kelompok KB di RT',
    'Kelompok KB for the RT',
  ),
  'penanggung-jawab-tidak-sesuai': {
    id: 'Penanggung jawab seharusnya Kepala Desa atau Lurah.',
    en: 'The person in charge should be the village head or Lurah.',
  },
  'pembina-tidak-sesuai': {
    id: 'Pembina seharusnya Penyuluh KB, PLKB, tokoh masyarakat atau agama.',
    en:
      'An adviser should be a KB counsellor, a PLKB, or a community or ' +
      'religious leader.',
  },
  'musyawarah-tidak-sesuai': {
    id: 'Pengurus tidak dipilih masyarakat melalui musyawarah.',
    en: 'The board was not chosen by the community through deliberation.',
  },
  'musyawarah-tidak-diketahui': {
    id: 'Tidak tercatat apakah pengurus dipilih melalui musyawarah.',
    en: 'It is not recorded whether the board was chosen by deliberation.',
  },
};
