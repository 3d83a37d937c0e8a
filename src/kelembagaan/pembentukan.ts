import * as z from 'zod';
import { type Citation, cite, KEPUTUSAN_84_2024 } from '../citation.js';
import type { SafeResult } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput, safely } from '../internal/input.js';
import type { Label } from '../label.js';
import { TanggalSchema } from '../tanggal.js';

/**
 * The steps of forming an IMP Bangga Kencana, in order; `pengukuhan` may
 * follow `penetapan` or be left out.
 *
 * @example
 * // The step that sets the board by decree of the Kepala Desa/Lurah
 * LangkahPembentukanSchema.options[2];
 * //=> 'penetapan'
 *
 * @see Lampiran BAB III huruf D.
 * @category Kelembagaan
 */
export const LangkahPembentukanSchema = z.enum([
  'sosialisasi-koordinasi',
  'penyiapan-sdm',
  'penetapan',
  'pengukuhan',
]);

/**
 * Who took a step of the formation.
 *
 * @example
 * // A PLKB may hold the socialisation
 * PelakuPembentukanSchema.safeParse('plkb').success;
 * //=> true
 *
 * @category Kelembagaan
 */
export const PelakuPembentukanSchema = z.enum([
  'penyuluh-kb',
  'plkb',
  'kepala-desa',
  'lurah',
  'lainnya',
]);

/**
 * One step taken: which, on which day, by whom.
 *
 * @example
 * // The penetapan by the Kepala Desa
 * LangkahDiambilSchema.parse({
 *   langkah: 'penetapan',
 *   tanggal: '2025-03-01',
 *   pelaku: 'kepala-desa',
 * }).pelaku;
 * //=> 'kepala-desa'
 *
 * @category Kelembagaan
 */
export const LangkahDiambilSchema = z.strictObject({
  langkah: LangkahPembentukanSchema,
  tanggal: TanggalSchema,
  pelaku: PelakuPembentukanSchema,
});

/**
 * One step taken, as {@link LangkahDiambilSchema} reads it.
 *
 * @category Kelembagaan
 */
export type LangkahDiambil = z.output<typeof LangkahDiambilSchema>;

/**
 * The state of a formation: the steps taken so far, oldest first.
 *
 * @example
 * // A formation not yet begun
 * PembentukanSchema.parse({ riwayat: [] }).riwayat.length;
 * //=> 0
 *
 * @category Kelembagaan
 */
export const PembentukanSchema = z.strictObject({
  riwayat: z.array(LangkahDiambilSchema),
});

/**
 * The state of a formation, as {@link PembentukanSchema} reads it.
 *
 * @category Kelembagaan
 */
export type Pembentukan = z.output<typeof PembentukanSchema>;

/**
 * Why a step was refused, with a stable id.
 *
 * @category Kelembagaan
 */
export type AlasanTolak = {
  readonly id: 'urutan-salah' | 'tanggal-mundur' | 'pelaku-tidak-sesuai';
  readonly label: Label;
  readonly citation: Citation;
};

/**
 * The answer of {@link advancePembentukan}.
 *
 * @category Kelembagaan
 */
export type PembentukanResult =
  | { readonly diterima: true; readonly pembentukan: Pembentukan }
  | {
      readonly diterima: false;
      /** The state, unchanged. */
      readonly pembentukan: Pembentukan;
      /** Every reason the step was refused. */
      readonly alasan: readonly AlasanTolak[];
    };

const ATURAN = {
  'sosialisasi-koordinasi': {
    ref: 'Lampiran BAB III huruf D angka 1',
    pelaku: ['penyuluh-kb', 'plkb'],
  },
  'penyiapan-sdm': { ref: 'Lampiran BAB III huruf D angka 2', pelaku: null },
  penetapan: {
    ref: 'Lampiran BAB III huruf D angka 3 huruf b',
    pelaku: ['kepala-desa', 'lurah'],
  },
  pengukuhan: {
    ref: 'Lampiran BAB III huruf D angka 3 huruf c',
    pelaku: ['kepala-desa', 'lurah'],
  },
} as const satisfies Record<
  LangkahDiambil['langkah'],
  { ref: string; pelaku: readonly LangkahDiambil['pelaku'][] | null }
>;

/**
 * Takes the next step of a formation, or refuses it with every reason:
 * out of order, dated before the step before it, or taken by someone the
 * decree does not name.
 *
 * @remarks
 * The socialisation is held by a Penyuluh KB or PLKB; the penetapan is a
 * Surat Keputusan of the Kepala Desa or Lurah, who also holds the
 * optional pengukuhan. The decree names no actor for preparing people, so
 * anyone is accepted there. A step may fall on the same day as the one
 * before it. The history given is taken as it is, not checked again.
 *
 * @param pembentukan - The steps taken so far; `{ riwayat: [] }` to start.
 * @param langkah - The next step, with its day and actor.
 * @returns The new state, or the unchanged state with reasons. Frozen.
 * @throws {@link ImpInputError} when the input is not of the documented
 *   shape.
 *
 * @example
 * // A penetapan before any socialisation, by someone else, is refused
 * const result = advancePembentukan(
 *   { riwayat: [] },
 *   { langkah: 'penetapan', tanggal: '2025-03-01', pelaku: 'lainnya' },
 * );
 * result.diterima ? [] : result.alasan.map((a) => a.id);
 * //=> ['urutan-salah', 'pelaku-tidak-sesuai']
 *
 * @see Lampiran BAB III huruf D.
 * @category Kelembagaan
 */
export function advancePembentukan(
  pembentukan: Pembentukan,
  langkah: LangkahDiambil,
): PembentukanResult {
  const input = parseInput(
    { pembentukan: PembentukanSchema, langkah: LangkahDiambilSchema },
    { pembentukan, langkah },
  );
  const { riwayat } = input.pembentukan;
  const step = input.langkah;
  const aturan = ATURAN[step.langkah];
  const terakhir = riwayat.at(-1);

  const urutan = LangkahPembentukanSchema.options;
  const berikut = urutan[terakhir ? urutan.indexOf(terakhir.langkah) + 1 : 0];
  const pelaku: readonly string[] | null = aturan.pelaku;
  const alasan = [
    ...(berikut === step.langkah ? [] : [tolak('urutan-salah', aturan.ref)]),
    ...(terakhir && step.tanggal < terakhir.tanggal
      ? [tolak('tanggal-mundur', aturan.ref)]
      : []),
    ...(pelaku === null || pelaku.includes(step.pelaku)
      ? []
      : [tolak('pelaku-tidak-sesuai', aturan.ref)]),
  ];

  if (alasan.length > 0) {
    return deepFreeze({
      diterima: false,
      pembentukan: input.pembentukan,
      alasan,
    });
  }
  return deepFreeze({
    diterima: true,
    pembentukan: { riwayat: [...riwayat, step] },
  });
}

/**
 * {@link advancePembentukan} that returns its input error instead of
 * throwing it.
 *
 * @param pembentukan - As for {@link advancePembentukan}.
 * @param langkah - As for {@link advancePembentukan}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A step without a day is refused by its path
 * const result = safeAdvancePembentukan(
 *   { riwayat: [] },
 *   { langkah: 'penyiapan-sdm', pelaku: 'plkb' } as never,
 * );
 * result.success ? null : result.error.issues[0].path;
 * //=> ['langkah', 'tanggal']
 *
 * @see Lampiran BAB III huruf D.
 * @category Kelembagaan
 */
export const safeAdvancePembentukan: (
  pembentukan: Pembentukan,
  langkah: LangkahDiambil,
) => SafeResult<PembentukanResult> = safely(advancePembentukan);

function tolak(id: AlasanTolak['id'], ref: string): AlasanTolak {
  return { id, label: LABEL[id], citation: cite(KEPUTUSAN_84_2024, ref) };
}

const LABEL: { readonly [K in AlasanTolak['id']]: Label } = {
  'urutan-salah': {
    id: 'Langkah ini bukan langkah berikutnya dalam pembentukan.',
    en: 'This is not the next step of the formation.',
  },
  'tanggal-mundur': {
    id: 'Tanggal langkah ini lebih awal dari langkah sebelumnya.',
    en: 'This step is dated before the step before it.',
  },
  'pelaku-tidak-sesuai': {
    id: 'Langkah ini tidak dilakukan oleh pihak yang ditentukan.',
    en: 'This step was not taken by the party the decree names.',
  },
};
