import * as z from 'zod';
import { type Citation, cite, KEPUTUSAN_84_2024 } from '../citation.js';
import type { SafeResult } from '../errors.js';
import { tahunDanBulan } from '../internal/bulan.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput, safely } from '../internal/input.js';
import type { EntriKatalog } from '../kelembagaan/katalog/entri.js';
import type { Label } from '../label.js';
import { TanggalSchema } from '../tanggal.js';
import { KodeDesaSchema } from '../wilayah.js';

const ANGKA_1 = 'Lampiran BAB II huruf B angka 1';
const ANGKA_4 = 'Lampiran BAB II huruf B angka 4';

// TODO(legal): "awal tahun" has no length in the decree; a BKKBN
// guideline naming the month of the Rakor would settle the default.
/**
 * The library's reading of "awal tahun", the time of the coordination
 * meeting that opens the programme year: the first quarter, months 1 to
 * `sampaiBulan` of that year.
 *
 * @remarks
 * The decree does not say how long the beginning of a year lasts. The
 * first quarter leaves room for the RKP of the desa, which is usually
 * settled around the turn of the year, while keeping the meeting early
 * enough to be the basis of the year's work. A caller may read it
 * otherwise with the option `awalTahunSampaiBulan` of
 * {@link checkProgramTahunan}.
 *
 * @example
 * // Up to and including March
 * BATAS_AWAL_TAHUN.sampaiBulan;
 * //=> 3
 *
 * @see Lampiran BAB II huruf B angka 4.
 * @category Pemantauan
 */
export const BATAS_AWAL_TAHUN = deepFreeze({
  /** The last month, 1 to 12, still read as the beginning of the year. */
  sampaiBulan: 3,
  /** Says, for display, that the value is the library's reading. */
  bacaan: {
    id: 'Bacaan pustaka ini atas "awal tahun": triwulan pertama.',
    en: 'The reading of "awal tahun" by this library: the first quarter.',
  },
  citation: cite(KEPUTUSAN_84_2024, ANGKA_4),
} as const);

/**
 * The parties to the annual programme, by role: a Penyuluh KB, a PLKB,
 * the IMP Bangga Kencana (a member of its board or a kader), the Kepala
 * Desa or Lurah, another officer of the desa or kelurahan, a community or
 * religious leader, and anyone else.
 *
 * @example
 * // A PLKB may draw up the programme
 * UnsurProgramTahunanSchema.safeParse('plkb').success;
 * //=> true
 *
 * @see Lampiran BAB II huruf B angka 1 and angka 4.
 * @category Pemantauan
 */
export const UnsurProgramTahunanSchema = z.enum([
  'penyuluh-kb',
  'plkb',
  'imp',
  'kepala-desa-lurah',
  'perangkat-desa-kelurahan',
  'tokoh-masyarakat',
  'lainnya',
]);

/**
 * A party by role, as {@link UnsurProgramTahunanSchema} lists them.
 *
 * @category Pemantauan
 */
export type UnsurProgramTahunan = z.output<typeof UnsurProgramTahunanSchema>;

// A party is recorded by role; other keys (a name, an office) are
// ignored, so no personal data travels further than the record.
const PihakSchema = z.object({ unsur: UnsurProgramTahunanSchema });

const TahunSchema = z.int().min(1).max(9999);

const WaktuSchema = z.union([
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  TanggalSchema,
]);

/**
 * The annual programme of Bangga Kencana of a desa or kelurahan. Only
 * the desa and the year are required: every part the decree asks for may
 * be absent, so that an unfinished programme can be read and checked by
 * {@link checkProgramTahunan}. Other keys are ignored.
 *
 * @remarks
 * - `kondisiSaatIni`, `kondisiInginDicapai`: the current condition and
 *   the condition to reach (huruf a and b).
 * - `strategi`: how the condition is to be reached, for mobilisation
 *   (`penggerakan`) and for services (`pelayanan`) (huruf c).
 * - `jadwal`: the tentative schedule, each activity with its `nama`,
 *   its `pelaksana` and its `waktu`, a month `YYYY-MM` or a day
 *   `YYYY-MM-DD` (huruf d).
 * - `penyusun`: who drew it up, by role; `diketahui`: who acknowledged
 *   it, by role, and on which day; `tahunRkp`: the year of the RKP of
 *   the desa or kelurahan it is tied to (angka 1).
 * - `rakorAwalTahun`: the coordination meeting that opens the year, its
 *   day and who attended, by role (angka 4).
 *
 * @example
 * // A programme of which only the current condition is written
 * const program = ProgramTahunanSchema.parse({
 *   kodeDesa: '32.04.11.2001',
 *   tahun: 2025,
 *   kondisiSaatIni: 'Peserta KB aktif 60 persen dari PUS.',
 * });
 * [program.jadwal, program.penyusun];
 * //=> [[], []]
 *
 * @see Lampiran BAB II huruf B angka 1 and angka 4.
 * @category Pemantauan
 */
export const ProgramTahunanSchema = z.object({
  kodeDesa: KodeDesaSchema,
  tahun: TahunSchema,
  kondisiSaatIni: z.string().optional(),
  kondisiInginDicapai: z.string().optional(),
  strategi: z
    .object({
      penggerakan: z.string().optional(),
      pelayanan: z.string().optional(),
    })
    .default({}),
  jadwal: z
    .array(
      z.object({
        nama: z.string().trim().min(1),
        pelaksana: z.string().optional(),
        waktu: WaktuSchema.optional(),
      }),
    )
    .default([]),
  penyusun: z.array(PihakSchema).default([]),
  diketahui: PihakSchema.extend({ tanggal: TanggalSchema }).optional(),
  tahunRkp: TahunSchema.optional(),
  rakorAwalTahun: z
    .object({
      tanggal: TanggalSchema,
      peserta: z.array(PihakSchema).default([]),
    })
    .optional(),
});

/**
 * An annual programme, as {@link ProgramTahunanSchema} reads it.
 *
 * @category Pemantauan
 */
export type ProgramTahunan = z.input<typeof ProgramTahunanSchema>;

/**
 * The stable ids of the findings of {@link checkProgramTahunan}, in the
 * order of the clauses: `…-kosong` for a part that is absent or blank,
 * `kegiatan-…` for one activity of the schedule, `penyusun-tanpa-…` for
 * a party missing among the drafters, `rakor-…` for the meeting that
 * opens the year.
 *
 * @example
 * // The id of a programme nobody acknowledged
 * IdTemuanProgramTahunanSchema.options.includes('belum-diketahui');
 * //=> true
 *
 * @see Lampiran BAB II huruf B angka 1 and angka 4.
 * @category Pemantauan
 */
export const IdTemuanProgramTahunanSchema = z.enum([
  'kondisi-saat-ini-kosong',
  'kondisi-ingin-dicapai-kosong',
  'strategi-penggerakan-kosong',
  'strategi-pelayanan-kosong',
  'jadwal-kosong',
  'kegiatan-tanpa-pelaksana',
  'kegiatan-tanpa-waktu',
  'kegiatan-di-luar-tahun',
  'penyusun-tanpa-penyuluh-kb',
  'penyusun-tanpa-imp',
  'belum-diketahui',
  'diketahui-bukan-kepala-desa',
  'rkp-kosong',
  'rkp-tahun-berbeda',
  'rakor-kosong',
  'rakor-bukan-awal-tahun',
  'rakor-tanpa-pemerintah-desa',
  'rakor-tanpa-pengelola-program',
  'rakor-tanpa-tokoh-masyarakat',
]);

/**
 * A finding id, as {@link IdTemuanProgramTahunanSchema} lists them.
 *
 * @category Pemantauan
 */
export type IdTemuanProgramTahunan = z.output<
  typeof IdTemuanProgramTahunanSchema
>;

type Baris = readonly [ref: string, id: string, en: string];

const huruf = (h: string) => `${ANGKA_1} huruf ${h}`;

const BARIS: { readonly [K in IdTemuanProgramTahunan]: Baris } = {
  'kondisi-saat-ini-kosong': [
    huruf('a'),
    'Kondisi saat ini belum diuraikan.',
    'The current condition is not described.',
  ],
  'kondisi-ingin-dicapai-kosong': [
    huruf('b'),
    'Kondisi yang hendak dicapai belum diuraikan.',
    'The condition to reach is not described.',
  ],
  'strategi-penggerakan-kosong': [
    huruf('c'),
    'Strategi penggerakan belum diuraikan.',
    'The strategy for mobilisation is not described.',
  ],
  'strategi-pelayanan-kosong': [
    huruf('c'),
    'Strategi pelayanan belum diuraikan.',
    'The strategy for services is not described.',
  ],
  'jadwal-kosong': [
    huruf('d'),
    'Belum ada kegiatan yang dijadwalkan.',
    'No activity is scheduled.',
  ],
  'kegiatan-tanpa-pelaksana': [
    huruf('d'),
    'Kegiatan terjadwal belum punya pelaksana.',
    'A scheduled activity has no one to carry it out.',
  ],
  'kegiatan-tanpa-waktu': [
    huruf('d'),
    'Kegiatan terjadwal belum punya bulan atau tanggal.',
    'A scheduled activity has no month or day.',
  ],
  'kegiatan-di-luar-tahun': [
    huruf('d'),
    'Kegiatan dijadwalkan di luar tahun program.',
    'An activity is scheduled outside the programme year.',
  ],
  'penyusun-tanpa-penyuluh-kb': [
    ANGKA_1,
    'Tidak ada Penyuluh KB atau PLKB di antara penyusun program.',
    'No KB counsellor or PLKB is among those who drew up the programme.',
  ],
  'penyusun-tanpa-imp': [
    ANGKA_1,
    'IMP Bangga Kencana tidak ikut menyusun program.',
    'The IMP Bangga Kencana did not take part in drawing up the programme.',
  ],
  'belum-diketahui': [
    ANGKA_1,
    'Program belum diketahui Kepala Desa atau Lurah.',
    'The village head or Lurah has not acknowledged the programme.',
  ],
  'diketahui-bukan-kepala-desa': [
    ANGKA_1,
    'Program diketahui pihak selain Kepala Desa atau Lurah.',
    'Someone other than the village head or Lurah acknowledged it.',
  ],
  'rkp-kosong': [
    ANGKA_1,
    'Program belum dikaitkan dengan RKP desa/kelurahan.',
    'The programme is not tied to a government work plan (RKP).',
  ],
  'rkp-tahun-berbeda': [
    ANGKA_1,
    'Tahun RKP berbeda dengan tahun program.',
    'The year of the RKP differs from the programme year.',
  ],
  'rakor-kosong': [
    ANGKA_4,
    'Rakor awal tahun belum tercatat.',
    'No coordination meeting opening the year is recorded.',
  ],
  'rakor-bukan-awal-tahun': [
    ANGKA_4,
    'Rakor tidak diadakan pada awal tahun program.',
    'The coordination meeting was not held early in the programme year.',
  ],
  'rakor-tanpa-pemerintah-desa': [
    ANGKA_4,
    'Rakor tidak dihadiri pemerintah desa/kelurahan.',
    'Nobody from the desa or kelurahan government attended the meeting.',
  ],
  'rakor-tanpa-pengelola-program': [
    ANGKA_4,
    'Rakor tidak dihadiri pengelola Program Bangga Kencana.',
    'Nobody who runs the Bangga Kencana programme attended the meeting.',
  ],
  'rakor-tanpa-tokoh-masyarakat': [
    ANGKA_4,
    'Rakor tidak dihadiri tokoh masyarakat.',
    'No community leader attended the meeting.',
  ],
};

/**
 * Every finding {@link checkProgramTahunan} can report, with its label
 * and the clause the programme falls short of, in the order of the
 * clauses.
 *
 * @example
 * // A schedule without activities falls short of huruf d
 * TEMUAN_PROGRAM_TAHUNAN.find((t) => t.id === 'jadwal-kosong')?.citation
 *   .ref;
 * //=> 'Lampiran BAB II huruf B angka 1 huruf d'
 *
 * @see Lampiran BAB II huruf B angka 1 and angka 4.
 * @category Pemantauan
 */
export const TEMUAN_PROGRAM_TAHUNAN = deepFreeze<
  readonly EntriKatalog<IdTemuanProgramTahunan>[]
>(
  IdTemuanProgramTahunanSchema.options.map((id) => {
    const [ref, labelId, en] = BARIS[id];
    const label: Label = { id: labelId, en };
    return { id, label, citation: cite(KEPUTUSAN_84_2024, ref) };
  }),
);

/**
 * One part of the programme that is missing or misfilled.
 *
 * @category Pemantauan
 */
export type TemuanProgramTahunan = {
  /** Stable id of the kind of finding. */
  readonly id: IdTemuanProgramTahunan;
  /** For a `kegiatan-…` finding: the activity's index in `jadwal`. */
  readonly indeks?: number;
  /** What is wrong, in both languages. */
  readonly label: Label;
  /** The clause the programme falls short of. */
  readonly citation: Citation;
};

/**
 * The answer of {@link checkProgramTahunan}, shaped like the answer of
 * {@link validateKepengurusan}.
 *
 * @category Pemantauan
 */
export type ProgramTahunanResult = {
  /** True when nothing is missing or misfilled. */
  readonly lengkap: boolean;
  /** Every finding, in the order of the clauses. */
  readonly temuan: readonly TemuanProgramTahunan[];
};

/**
 * Options of {@link checkProgramTahunan}.
 *
 * @example
 * // Read "awal tahun" as January and February only
 * CheckProgramTahunanOptionsSchema.safeParse({ awalTahunSampaiBulan: 2 })
 *   .success;
 * //=> true
 *
 * @category Pemantauan
 */
export const CheckProgramTahunanOptionsSchema = z.strictObject({
  /**
   * The last month, 1 to 12, read as the beginning of the year; by
   * default {@link BATAS_AWAL_TAHUN}, the first quarter.
   */
  awalTahunSampaiBulan: z.int().min(1).max(12).optional(),
});

/**
 * Options of {@link checkProgramTahunan}.
 *
 * @category Pemantauan
 */
export type CheckProgramTahunanOptions = z.input<
  typeof CheckProgramTahunanOptionsSchema
>;

type Program = z.output<typeof ProgramTahunanSchema>;
type Syarat = readonly [IdTemuanProgramTahunan, readonly UnsurProgramTahunan[]];

// The parties each group of the decree is read to take in: one of the
// roles listed is enough for the group to be present.
const SYARAT_PENYUSUN: readonly Syarat[] = [
  ['penyusun-tanpa-penyuluh-kb', ['penyuluh-kb', 'plkb']],
  ['penyusun-tanpa-imp', ['imp']],
];
const SYARAT_PESERTA_RAKOR: readonly Syarat[] = [
  [
    'rakor-tanpa-pemerintah-desa',
    ['kepala-desa-lurah', 'perangkat-desa-kelurahan'],
  ],
  ['rakor-tanpa-pengelola-program', ['penyuluh-kb', 'plkb', 'imp']],
  ['rakor-tanpa-tokoh-masyarakat', ['tokoh-masyarakat']],
];

/**
 * Checks the annual programme of Bangga Kencana of a desa or kelurahan
 * against what the decree asks of it, and returns every finding at once.
 *
 * @remarks
 * A text part that is absent or blank is missing. The drafters must
 * include a Penyuluh KB or a PLKB (the decree names both; a desa is
 * usually served by one of them, so one is enough) and the IMP. The RKP
 * tied to the programme must be that of the programme year, the "tahun
 * berjalan". Activities must fall in the programme year. The meeting
 * that opens the year must fall in its first months, up to
 * `awalTahunSampaiBulan` ({@link BATAS_AWAL_TAHUN}, the library's reading
 * of "awal tahun"), and be attended by the desa or kelurahan government
 * (the Kepala Desa/Lurah or another officer), by those who run the
 * programme (a Penyuluh KB, a PLKB or the IMP) and by a community
 * leader.
 *
 * @param program - The programme, see {@link ProgramTahunanSchema}.
 * @param options - How to read "awal tahun"; see
 *   {@link CheckProgramTahunanOptions}.
 * @returns Whether the programme is complete, and every finding. Frozen.
 * @throws {@link ImpInputError} when the programme or options are not of
 *   the documented shape: a bad desa code or year, a day that does not
 *   exist, an unknown role or option.
 *
 * @example
 * // A programme with only its desa and year
 * const result = checkProgramTahunan({
 *   kodeDesa: '32.04.11.2001',
 *   tahun: 2025,
 * });
 * [result.lengkap, result.temuan.length, result.temuan[0].citation.ref];
 * //=> [false, 10, 'Lampiran BAB II huruf B angka 1 huruf a']
 *
 * @see Lampiran BAB II huruf B angka 1 and angka 4.
 * @category Pemantauan
 */
export function checkProgramTahunan(
  program: ProgramTahunan,
  options: CheckProgramTahunanOptions = {},
): ProgramTahunanResult {
  const input = parseInput(
    {
      program: ProgramTahunanSchema,
      options: CheckProgramTahunanOptionsSchema,
    },
    { program, options },
  );
  const p = input.program;
  const sampaiBulan =
    input.options.awalTahunSampaiBulan ?? BATAS_AWAL_TAHUN.sampaiBulan;

  const temuan = [
    ...isi(p),
    ...jadwal(p),
    ...kurangUnsur(p.penyusun, SYARAT_PENYUSUN),
    ...diketahuiDanRkp(p),
    ...rakor(p, sampaiBulan),
  ];
  return deepFreeze({ lengkap: temuan.length === 0, temuan });
}

/**
 * {@link checkProgramTahunan} that returns its input error instead of
 * throwing it.
 *
 * @param program - As for {@link checkProgramTahunan}.
 * @param options - As for {@link checkProgramTahunan}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A kecamatan code where a desa code belongs
 * const result = safeCheckProgramTahunan({
 *   kodeDesa: '32.04.11',
 *   tahun: 2025,
 * });
 * result.success ? null : result.error.issues[0].path;
 * //=> ['program', 'kodeDesa']
 *
 * @see Lampiran BAB II huruf B angka 1 and angka 4.
 * @category Pemantauan
 */
export const safeCheckProgramTahunan: (
  program: ProgramTahunan,
  options?: CheckProgramTahunanOptions,
) => SafeResult<ProgramTahunanResult> = safely(checkProgramTahunan);

const ENTRI = new Map(TEMUAN_PROGRAM_TAHUNAN.map((e) => [e.id, e]));

function temuan(
  id: IdTemuanProgramTahunan,
  indeks?: number,
): TemuanProgramTahunan {
  const { label, citation } = ENTRI.get(id) as EntriKatalog;
  return indeks === undefined
    ? { id, label, citation }
    : { id, indeks, label, citation };
}

function when(holds: boolean, id: IdTemuanProgramTahunan, indeks?: number) {
  return holds ? [temuan(id, indeks)] : [];
}

const kosong = (text: string | undefined) => (text ?? '').trim() === '';

function isi(p: Program): TemuanProgramTahunan[] {
  return [
    ...when(kosong(p.kondisiSaatIni), 'kondisi-saat-ini-kosong'),
    ...when(kosong(p.kondisiInginDicapai), 'kondisi-ingin-dicapai-kosong'),
    ...when(kosong(p.strategi.penggerakan), 'strategi-penggerakan-kosong'),
    ...when(kosong(p.strategi.pelayanan), 'strategi-pelayanan-kosong'),
  ];
}

function jadwal(p: Program): TemuanProgramTahunan[] {
  if (p.jadwal.length === 0) return [temuan('jadwal-kosong')];
  return p.jadwal.flatMap((kegiatan, i) => {
    const { pelaksana, waktu } = kegiatan;
    const luar = waktu !== undefined && tahunDanBulan(waktu)[0] !== p.tahun;
    return [
      ...when(kosong(pelaksana), 'kegiatan-tanpa-pelaksana', i),
      ...when(waktu === undefined, 'kegiatan-tanpa-waktu', i),
      ...when(luar, 'kegiatan-di-luar-tahun', i),
    ];
  });
}

function kurangUnsur(
  pihak: readonly { unsur: UnsurProgramTahunan }[],
  syarat: readonly Syarat[],
): TemuanProgramTahunan[] {
  const hadir = new Set(pihak.map((x) => x.unsur));
  return syarat.flatMap(([id, perlu]) =>
    when(!perlu.some((u) => hadir.has(u)), id),
  );
}

function diketahuiDanRkp(p: Program): TemuanProgramTahunan[] {
  const { diketahui, tahunRkp } = p;
  return [
    ...when(diketahui === undefined, 'belum-diketahui'),
    ...when(
      diketahui !== undefined && diketahui.unsur !== 'kepala-desa-lurah',
      'diketahui-bukan-kepala-desa',
    ),
    ...when(tahunRkp === undefined, 'rkp-kosong'),
    ...when(
      tahunRkp !== undefined && tahunRkp !== p.tahun,
      'rkp-tahun-berbeda',
    ),
  ];
}

function rakor(p: Program, sampaiBulan: number): TemuanProgramTahunan[] {
  const r = p.rakorAwalTahun;
  if (r === undefined) return [temuan('rakor-kosong')];

  const [tahun, bulan] = tahunDanBulan(r.tanggal);
  const awal = tahun === p.tahun && bulan <= sampaiBulan;
  return [
    ...when(!awal, 'rakor-bukan-awal-tahun'),
    ...kurangUnsur(r.peserta, SYARAT_PESERTA_RAKOR),
  ];
}
