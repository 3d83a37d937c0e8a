import * as z from 'zod';
import { type Citation, cite, KEPUTUSAN_84_2024 } from '../citation.js';
import type { InputIssue, SafeResult } from '../errors.js';
import { deepFreeze } from '../internal/freeze.js';
import { issue, parseInput, safely } from '../internal/input.js';
import type { Label } from '../label.js';
import { KodeDesaSchema } from '../wilayah.js';
import {
  ALASAN_TIDAK_KB,
  type AlasanTidakKb,
  AlasanTidakKbSchema,
  METODE_KONTRASEPSI,
  type MetodeKontrasepsi,
  MetodeKontrasepsiSchema,
  SUMBER_OPERASIONAL,
} from './kontrasepsi.js';

/**
 * A calendar month written `YYYY-MM`, month `01` to `12`: the month a
 * monitoring report is for.
 *
 * @example
 * // A thirteenth month is refused
 * [BulanSchema.safeParse('2025-06').success,
 *   BulanSchema.safeParse('2025-13').success];
 * //=> [true, false]
 *
 * @see Lampiran BAB IV (Pemantauan dan Evaluasi) huruf C angka 3.
 * @category Pemantauan
 */
export const BulanSchema = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/);

/**
 * A calendar month, `YYYY-MM`.
 *
 * @category Pemantauan
 */
export type Bulan = z.output<typeof BulanSchema>;

// A count has no lower bound here: a negative one must reach the
// consistency check, which names it, rather than fail as a shape.
const count = z.int();
const countOptional = count.optional();

// One optional count per method. A strict object accepts what a partial
// record of the methods would, and zod checks it several times faster:
// the roll-up parses the report of every desa of the country.
const MetodeSchema = z.strictObject(
  Object.fromEntries(
    MetodeKontrasepsiSchema.options.map((m) => [m, countOptional]),
  ) as Record<MetodeKontrasepsi, typeof countOptional>,
);

const RincianSchema = z.strictObject({ total: count, metode: MetodeSchema });

/** The key of each reason in `pusBukanPeserta`. @internal */
export const KUNCI_ALASAN = deepFreeze({
  hamil: 'hamil',
  'ingin-anak-segera': 'inginAnakSegera',
  'ingin-anak-tunda': 'inginAnakTunda',
  'tidak-ingin-anak-lagi': 'tidakInginAnakLagi',
} as const satisfies Record<AlasanTidakKb, string>);

/**
 * The counts of a monitoring report, of one desa or summed over a region.
 * Every key may be left out: an absent count is not known, or cannot be
 * computed from the records, and is never read as 0.
 *
 * - `kelahiran`: live births in the twelve months before the day judged;
 * - `perkawinan`, `perkawinanSebelumnya`: marriages in those twelve
 *   months, and in the twelve months before them;
 * - `pus`: couples that are PUS; `pusTidakDapatDitentukan`: couples whose
 *   status a missing fact leaves open, counted apart, never dropped;
 * - `pesertaKbAktif`, `pesertaKbBaru`, `ppm`: a total, and a count per
 *   contraceptive method where known;
 * - `pusBukanPeserta`: PUS that are not participants, per reason;
 * - `poktan`: Poktan registered, active, and that reported;
 * - `impPertemuan`: IMP monthly meetings held in the month;
 * - `terpaduRkpDesa`: desa whose RKP desa carries the programme (0 or 1
 *   for one desa);
 * - `desa`: desa reports summed (1 for a desa report).
 *
 * @remarks
 * Counts are whole numbers and may be negative here, so that the
 * consistency check can name a negative count instead of the shape check
 * refusing it. "Kelahiran bayi dalam 1 tahun terakhir" is read as a
 * rolling twelve months (defect 25); the trend of marriages as the
 * difference and the ratio of two such windows (defect 26).
 *
 * @example
 * // A report that knows its PUS and PA, but not their methods
 * JumlahIndikatorSchema.parse({
 *   pus: 120,
 *   pesertaKbAktif: { total: 80, metode: {} },
 * }).pesertaKbAktif?.total;
 * //=> 80
 *
 * @see Lampiran BAB II huruf B angka 8.
 * @category Pemantauan
 */
export const JumlahIndikatorSchema = z.strictObject({
  kelahiran: countOptional,
  perkawinan: countOptional,
  perkawinanSebelumnya: countOptional,
  pus: countOptional,
  pusTidakDapatDitentukan: countOptional,
  pesertaKbAktif: RincianSchema.optional(),
  pesertaKbBaru: RincianSchema.optional(),
  ppm: RincianSchema.optional(),
  pusBukanPeserta: z
    .strictObject({
      hamil: countOptional,
      inginAnakSegera: countOptional,
      inginAnakTunda: countOptional,
      tidakInginAnakLagi: countOptional,
    })
    .optional(),
  poktan: z
    .strictObject({
      terdaftar: countOptional,
      aktif: countOptional,
      melapor: countOptional,
    })
    .optional(),
  impPertemuan: countOptional,
  terpaduRkpDesa: countOptional,
  desa: countOptional,
});

/**
 * The counts of a monitoring report, as {@link JumlahIndikatorSchema}
 * reads them.
 *
 * @category Pemantauan
 */
export type JumlahIndikator = z.output<typeof JumlahIndikatorSchema>;

/**
 * The monitoring report of one desa or kelurahan for one month.
 *
 * @remarks
 * Keys other than `kode`, `bulan` and `jumlah` are ignored, so the whole
 * result of {@link buildLaporanDesa}, with its ratios and notes, can be
 * checked and rolled up as it is. The counts inside `jumlah` are strict:
 * a misspelt count is refused, never silently dropped.
 *
 * @example
 * // A report with one count known
 * LaporanDesaSchema.safeParse({
 *   kode: '32.04.11.2001',
 *   bulan: '2025-06',
 *   jumlah: { kelahiran: 14 },
 * }).success;
 * //=> true
 *
 * @see Lampiran BAB II huruf B angka 8.
 * @see Lampiran BAB IV (Pemantauan dan Evaluasi) huruf C angka 3.
 * @category Pemantauan
 */
export const LaporanDesaSchema = z.object({
  kode: KodeDesaSchema,
  bulan: BulanSchema,
  jumlah: JumlahIndikatorSchema,
});

/**
 * A desa report, as {@link LaporanDesaSchema} reads it.
 *
 * @category Pemantauan
 */
export type LaporanDesa = z.output<typeof LaporanDesaSchema>;

type Rincian = 'pesertaKbAktif' | 'pesertaKbBaru' | 'ppm';

/**
 * The id of one count of a report: its key, with a dot before each
 * nested key, e.g. `'pesertaKbAktif.metode.iud'` or `'poktan.aktif'`.
 *
 * @category Pemantauan
 */
export type IdJumlah =
  | 'kelahiran'
  | 'perkawinan'
  | 'perkawinanSebelumnya'
  | 'pus'
  | 'pusTidakDapatDitentukan'
  | `${'pesertaKbAktif' | 'pesertaKbBaru' | 'ppm'}.total`
  | `${'pesertaKbAktif' | 'pesertaKbBaru' | 'ppm'}.metode.${MetodeKontrasepsi}`
  | `pusBukanPeserta.${
      | 'hamil'
      | 'inginAnakSegera'
      | 'inginAnakTunda'
      | 'tidakInginAnakLagi'}`
  | `poktan.${'terdaftar' | 'aktif' | 'melapor'}`
  | 'impPertemuan'
  | 'terpaduRkpDesa'
  | 'desa';

const METODE = MetodeKontrasepsiSchema.options;
const RINCIAN: readonly Rincian[] = ['pesertaKbAktif', 'pesertaKbBaru', 'ppm'];

const rincianIds = (r: Rincian): IdJumlah[] => [
  `${r}.total`,
  ...METODE.map((m) => `${r}.metode.${m}` as const),
];

/**
 * Every count id, in the order of {@link JumlahIndikatorSchema}.
 *
 * @example
 * // How many counts a report can carry
 * ID_JUMLAH.length;
 * //=> 39
 *
 * @see Lampiran BAB II huruf B angka 8.
 * @category Pemantauan
 */
export const ID_JUMLAH: readonly IdJumlah[] = deepFreeze([
  'kelahiran',
  'perkawinan',
  'perkawinanSebelumnya',
  'pus',
  'pusTidakDapatDitentukan',
  ...RINCIAN.flatMap(rincianIds),
  ...Object.values(KUNCI_ALASAN).map((k) => `pusBukanPeserta.${k}` as const),
  'poktan.terdaftar',
  'poktan.aktif',
  'poktan.melapor',
  'impPertemuan',
  'terpaduRkpDesa',
  'desa',
]);

/**
 * Writes every count of a report into `out`, in the order of ID_JUMLAH,
 * with NaN where a count is absent. Each property is read by name rather
 * than looked up by a key held in a variable, which the engine does far
 * faster: the roll-up does this for every desa of the country. @internal
 */
export function ratakan(j: JumlahIndikator, out: Float64Array): Float64Array {
  const NA = Number.NaN;
  out[0] = j.kelahiran ?? NA;
  out[1] = j.perkawinan ?? NA;
  out[2] = j.perkawinanSebelumnya ?? NA;
  out[3] = j.pus ?? NA;
  out[4] = j.pusTidakDapatDitentukan ?? NA;
  let i = rincianRata(j.pesertaKbAktif, out, 5);
  i = rincianRata(j.pesertaKbBaru, out, i);
  i = rincianRata(j.ppm, out, i);
  const b = j.pusBukanPeserta;
  out[i++] = b?.hamil ?? NA;
  out[i++] = b?.inginAnakSegera ?? NA;
  out[i++] = b?.inginAnakTunda ?? NA;
  out[i++] = b?.tidakInginAnakLagi ?? NA;
  const p = j.poktan;
  out[i++] = p?.terdaftar ?? NA;
  out[i++] = p?.aktif ?? NA;
  out[i++] = p?.melapor ?? NA;
  out[i++] = j.impPertemuan ?? NA;
  out[i++] = j.terpaduRkpDesa ?? NA;
  out[i] = j.desa ?? NA;
  return out;
}

function rincianRata(
  r: JumlahIndikator['ppm'],
  out: Float64Array,
  i: number,
): number {
  const NA = Number.NaN;
  const m = r?.metode;
  out[i] = r?.total ?? NA;
  out[i + 1] = m?.iud ?? NA;
  out[i + 2] = m?.mow ?? NA;
  out[i + 3] = m?.mop ?? NA;
  out[i + 4] = m?.implan ?? NA;
  out[i + 5] = m?.suntik ?? NA;
  out[i + 6] = m?.pil ?? NA;
  out[i + 7] = m?.kondom ?? NA;
  return i + 8;
}

/** The path of a count inside a report, from its id. @internal */
export function pathJumlah(id: IdJumlah): readonly string[] {
  return ['jumlah', ...id.split('.')];
}

/**
 * The id of one ratio that {@link computeRasio} computes; a ratio per
 * method is written like a count, e.g. `'pencapaianPpm.metode.iud'`.
 *
 * @category Pemantauan
 */
export type IdRasio =
  | 'paTerhadapPus'
  | 'pencapaianPpm'
  | `pencapaianPpm.metode.${MetodeKontrasepsi}`
  | 'unmetNeed'
  | 'trenPerkawinan'
  | 'poktanAktif';

/**
 * The id of a count or a ratio of the monitoring report.
 *
 * @category Pemantauan
 */
export type IdIndikator = IdJumlah | IdRasio;

/**
 * One entry of {@link INDIKATOR}.
 *
 * @category Pemantauan
 */
export type EntriIndikator = {
  /** The count's or the ratio's id. */
  readonly id: IdIndikator;
  /** Whether it is a count of a report or a ratio computed from counts. */
  readonly jenis: 'jumlah' | 'rasio';
  /** What it counts or compares, in both languages. */
  readonly label: Label;
  /** The clause that asks for it. */
  readonly citation: Citation;
  /**
   * True when it rests on a term the decree uses without defining it
   * (PA, PB, PPM, unmet need), read as BKKBN practice defines it.
   */
  readonly operasional: boolean;
  /** The sources of those definitions; empty when the decree suffices. */
  readonly definisi: readonly Citation[];
};

const huruf = (h: string) =>
  cite(KEPUTUSAN_84_2024, `Lampiran BAB II huruf B angka 8 huruf ${h}`);
const KLAUSUL_UNMET_NEED = cite(
  KEPUTUSAN_84_2024,
  'Lampiran BAB IV huruf A angka 2 penjelasan huruf b angka 5)',
);
const KLAUSUL_BERJENJANG = cite(
  KEPUTUSAN_84_2024,
  'Lampiran BAB IV (Pemantauan dan Evaluasi) huruf B',
);
const S = SUMBER_OPERASIONAL;

type Bahan = [Label['id'], Label['en'], Citation, (readonly Citation[])?];

function entri(
  id: IdIndikator,
  jenis: EntriIndikator['jenis'],
  [nama, en, citation, definisi = []]: Bahan,
): EntriIndikator {
  const operasional = definisi.length > 0;
  return {
    id,
    jenis,
    label: { id: nama, en },
    citation,
    operasional,
    definisi,
  };
}

const RINCIAN_BAHAN: Record<Rincian, Bahan> = {
  pesertaKbAktif: [
    'Peserta KB aktif (PA)',
    'Active participants (PA)',
    huruf('c'),
    [S.pesertaKbAktif],
  ],
  pesertaKbBaru: [
    'Peserta KB baru (PB)',
    'New participants (PB)',
    huruf('c'),
    [S.pesertaKbBaru],
  ],
  ppm: [
    'Perkiraan Permintaan Masyarakat (PPM)',
    'Expected demand target (PPM)',
    huruf('c'),
    [S.ppm],
  ],
};

function entriRincian(r: Rincian): EntriIndikator[] {
  const [nama, en, citation, definisi = []] = RINCIAN_BAHAN[r];
  return [
    entri(`${r}.total`, 'jumlah', RINCIAN_BAHAN[r]),
    ...METODE.map((m) => {
      const label = METODE_KONTRASEPSI[m].label;
      const bahan: Bahan = [
        `${nama}, ${label.id}`,
        `${en}, ${label.en}`,
        citation,
        definisi,
      ];
      return entri(`${r}.metode.${m}`, 'jumlah', bahan);
    }),
  ];
}

function entriAlasan(a: AlasanTidakKb): EntriIndikator {
  const { label, unmetNeed } = ALASAN_TIDAK_KB[a];
  const definisi = unmetNeed
    ? [S.alasanTidakKb, S.unmetNeed]
    : [S.alasanTidakKb];
  return entri(`pusBukanPeserta.${KUNCI_ALASAN[a]}`, 'jumlah', [
    `PUS bukan peserta KB: ${label.id}`,
    `PUS not taking part: ${label.en}`,
    huruf('c'),
    definisi,
  ]);
}

function entriPpmMetode(m: MetodeKontrasepsi): EntriIndikator {
  const { label } = METODE_KONTRASEPSI[m];
  return entri(`pencapaianPpm.metode.${m}`, 'rasio', [
    `PB terhadap PPM, ${label.id}`,
    `PB against PPM, ${label.en}`,
    huruf('c'),
    [S.pesertaKbBaru, S.ppm],
  ]);
}

const DAFTAR_INDIKATOR: readonly EntriIndikator[] = [
  entri('kelahiran', 'jumlah', [
    'Kelahiran hidup 12 bulan terakhir',
    'Live births, last twelve months',
    huruf('a'),
  ]),
  entri('perkawinan', 'jumlah', [
    'Perkawinan 12 bulan terakhir',
    'Marriages, last twelve months',
    huruf('b'),
  ]),
  entri('perkawinanSebelumnya', 'jumlah', [
    'Perkawinan 12 bulan sebelumnya',
    'Marriages, the twelve months before',
    huruf('b'),
  ]),
  entri('pus', 'jumlah', [
    'Pasangan Usia Subur (PUS)',
    'Couples of reproductive age (PUS)',
    huruf('b'),
  ]),
  entri('pusTidakDapatDitentukan', 'jumlah', [
    'Pasangan yang status PUS-nya belum dapat ditentukan',
    'Couples whose PUS status is still open',
    huruf('b'),
  ]),
  ...RINCIAN.flatMap(entriRincian),
  ...AlasanTidakKbSchema.options.map(entriAlasan),
  entri('poktan.terdaftar', 'jumlah', [
    'Poktan terdaftar',
    'Poktan registered',
    huruf('d'),
  ]),
  entri('poktan.aktif', 'jumlah', [
    'Poktan aktif',
    'Poktan active',
    huruf('d'),
  ]),
  entri('poktan.melapor', 'jumlah', [
    'Poktan yang melapor',
    'Poktan that reported',
    huruf('e'),
  ]),
  entri('impPertemuan', 'jumlah', [
    'Pertemuan bulanan IMP',
    'IMP monthly meetings',
    huruf('e'),
  ]),
  entri('terpaduRkpDesa', 'jumlah', [
    'Desa dengan program dalam RKP desa',
    'Desa whose RKP carries the programme',
    huruf('f'),
  ]),
  entri('desa', 'jumlah', [
    'Laporan desa yang dijumlahkan',
    'Desa reports summed',
    KLAUSUL_BERJENJANG,
  ]),
  entri('paTerhadapPus', 'rasio', [
    'PA terhadap PUS',
    'PA per PUS',
    huruf('c'),
    [S.pesertaKbAktif],
  ]),
  entri('pencapaianPpm', 'rasio', [
    'PB terhadap PPM',
    'PB against PPM',
    huruf('c'),
    [S.pesertaKbBaru, S.ppm],
  ]),
  ...METODE.map(entriPpmMetode),
  entri('unmetNeed', 'rasio', [
    'Unmet need terhadap PUS',
    'Unmet need per PUS',
    KLAUSUL_UNMET_NEED,
    [S.unmetNeed, S.alasanTidakKb],
  ]),
  entri('trenPerkawinan', 'rasio', [
    'Perkembangan angka perkawinan',
    'Trend of marriages',
    huruf('b'),
  ]),
  entri('poktanAktif', 'rasio', [
    'Poktan aktif terhadap terdaftar',
    'Active Poktan per registered',
    huruf('d'),
  ]),
];

/**
 * Every count and ratio of the monitoring report, keyed by id, each with
 * a label, the clause that asks for it and whether it rests on an
 * operational definition.
 *
 * @remarks
 * Indicators d to f are qualitative in the decree, with no scale
 * (defect 28); they are measured here by counts of Poktan and meetings
 * and by whether the RKP desa carries the programme.
 *
 * @example
 * // PPM is an operational term, cited to BKKBN practice
 * [INDIKATOR['ppm.total'].operasional, INDIKATOR['ppm.total'].citation.ref];
 * //=> [true, 'Lampiran BAB II huruf B angka 8 huruf c']
 *
 * @see Lampiran BAB II huruf B angka 8.
 * @category Pemantauan
 */
export const INDIKATOR: { readonly [K in IdIndikator]: EntriIndikator } =
  deepFreeze(
    Object.fromEntries(DAFTAR_INDIKATOR.map((e) => [e.id, e])) as Record<
      IdIndikator,
      EntriIndikator
    >,
  );

/**
 * One ratio of counts, as a fraction (0.25, not 25 %).
 *
 * @category Pemantauan
 */
export type Rasio = {
  /** The ratio; `null` when a count is missing or the divisor is 0. */
  readonly nilai: number | null;
  /** The counts the ratio needs that are absent; empty when none is. */
  readonly kurang: readonly IdJumlah[];
  /** True when every count is there but the divisor is 0. */
  readonly penyebutNol: boolean;
};

/**
 * The ratios of a monitoring report, from {@link computeRasio}.
 *
 * @category Pemantauan
 */
export type RasioIndikator = {
  /** PA total divided by PUS. */
  readonly paTerhadapPus: Rasio;
  /** PB total divided by PPM total, and per method PB by PPM. */
  readonly pencapaianPpm: Rasio & {
    readonly metode: { readonly [M in MetodeKontrasepsi]: Rasio };
  };
  /** PUS with an unmet need divided by PUS. */
  readonly unmetNeed: Rasio;
  /**
   * Marriages of the last twelve months divided by those of the twelve
   * before, and `selisih`, the first less the second (`null` when either
   * is missing).
   */
  readonly trenPerkawinan: Rasio & { readonly selisih: number | null };
  /** Active Poktan divided by registered Poktan. */
  readonly poktanAktif: Rasio;
};

/**
 * Options of {@link computeRasio}.
 *
 * @example
 * // Read only the couples who want no more children as unmet need
 * const options: ComputeRasioOptions = {
 *   unmetNeed: ['tidak-ingin-anak-lagi'],
 * };
 *
 * @category Pemantauan
 */
export const ComputeRasioOptionsSchema = z.strictObject({
  /**
   * The reasons of `pusBukanPeserta` counted as unmet need, each once.
   * Default: those {@link ALASAN_TIDAK_KB} marks, wanting to wait for a
   * child and wanting no more.
   */
  unmetNeed: z.array(AlasanTidakKbSchema).min(1).optional(),
});

/**
 * Options of {@link computeRasio}.
 *
 * @category Pemantauan
 */
export type ComputeRasioOptions = z.input<typeof ComputeRasioOptionsSchema>;

/** The default reasons read as unmet need. @internal */
export const UNMET_NEED_BAWAAN: readonly AlasanTidakKb[] = Object.freeze(
  AlasanTidakKbSchema.options.filter((a) => ALASAN_TIDAK_KB[a].unmetNeed),
);

/** Options of the ratios, with the default filled in. @internal */
export const OPSI_RASIO = ComputeRasioOptionsSchema.optional().transform(
  (o) => ({ unmetNeed: o?.unmetNeed ?? UNMET_NEED_BAWAAN }),
);

/** A reason listed twice would count its couples twice. @internal */
export function alasanGanda(
  unmetNeed: readonly AlasanTidakKb[] | undefined,
  path: readonly (string | number)[],
): InputIssue[] {
  const seen = new Set<AlasanTidakKb>();
  return (unmetNeed ?? []).flatMap((a, i) => {
    if (!seen.has(a)) {
      seen.add(a);
      return [];
    }
    return [issue('duplicate_value', [...path, i], ALASAN_GANDA)];
  });
}

const ALASAN_GANDA: Label = {
  id: 'Alasan ini sudah tercantum.',
  en: 'This reason is already listed.',
};

/**
 * Computes the ratios of the monitoring indicators from a report's
 * counts: PA per PUS, PB against PPM (in total and per method), unmet need
 * per PUS, the trend of marriages, and active per registered Poktan.
 *
 * A ratio whose counts are not all there has `nilai: null` and names the
 * missing ones in `kurang`; a ratio whose divisor is 0 has `nilai: null`
 * and `penyebutNol: true`. Nothing missing is read as 0.
 *
 * @remarks
 * Indicator c sets active and new participants against PPM, but PPM is
 * a target of new participants per method (defect 27), so only PB is
 * divided by PPM; PA is set against PUS instead. The trend of marriages
 * is both a difference and a ratio (defect 26). Unmet need counts the
 * reasons in `options.unmetNeed` (defect 32 for the decree's spelling).
 * Ratios are fractions, not percentages.
 *
 * @param jumlah - The counts, see {@link JumlahIndikatorSchema}.
 * @param options - Which reasons count as unmet need; see
 *   {@link ComputeRasioOptions}.
 * @returns Every ratio, each with its value and what it lacks. Frozen.
 * @throws {@link ImpInputError} when `jumlah` is not of the documented
 *   shape, or a reason is listed twice.
 *
 * @example
 * // 90 PA among 120 PUS; the PPM is not known
 * const rasio = computeRasio({
 *   pus: 120,
 *   pesertaKbAktif: { total: 90, metode: {} },
 *   pesertaKbBaru: { total: 4, metode: {} },
 * });
 * [rasio.paTerhadapPus.nilai, rasio.pencapaianPpm.kurang];
 * //=> [0.75, ['ppm.total']]
 *
 * @example
 * // No Poktan registered: the divisor is 0
 * computeRasio({ poktan: { terdaftar: 0, aktif: 0 } }).poktanAktif;
 * //=> { nilai: null, kurang: [], penyebutNol: true }
 *
 * @see Lampiran BAB II huruf B angka 8.
 * @category Pemantauan
 */
export function computeRasio(
  jumlah: JumlahIndikator,
  options?: ComputeRasioOptions,
): RasioIndikator {
  const input = parseInput(
    { jumlah: JumlahIndikatorSchema, options: OPSI_RASIO },
    { jumlah, options },
    (p) => alasanGanda(p.options?.unmetNeed, ['options', 'unmetNeed']),
  );
  return hitungRasio(input.jumlah, input.options.unmetNeed);
}

/**
 * {@link computeRasio} that returns its input error instead of throwing
 * it.
 *
 * @param jumlah - As for {@link computeRasio}.
 * @param options - As for {@link computeRasio}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // A count that is not a whole number is refused
 * safeComputeRasio({ pus: 1.5 }).success;
 * //=> false
 *
 * @see Lampiran BAB II huruf B angka 8.
 * @category Pemantauan
 */
export const safeComputeRasio: (
  jumlah: JumlahIndikator,
  options?: ComputeRasioOptions,
) => SafeResult<RasioIndikator> = safely(computeRasio);

type Suku = readonly [IdJumlah, number | undefined];

/**
 * The ratios of counts already known to be valid, without checking them
 * again: the path of the roll-up. @internal
 */
export function hitungRasio(
  j: JumlahIndikator,
  unmetNeed: readonly AlasanTidakKb[] = UNMET_NEED_BAWAAN,
): RasioIndikator {
  const pus: Suku = ['pus', j.pus];
  const bukan = j.pusBukanPeserta;
  const unmet = unmetNeed.map((a): Suku => {
    const k = KUNCI_ALASAN[a];
    return [`pusBukanPeserta.${k}`, bukan?.[k]];
  });
  const poktan = j.poktan;

  return deepFreeze({
    paTerhadapPus: bagi(
      [['pesertaKbAktif.total', j.pesertaKbAktif?.total]],
      pus,
    ),
    pencapaianPpm: pencapaianPpm(j),
    unmetNeed: bagi(unmet, pus),
    trenPerkawinan: trenPerkawinan(j),
    poktanAktif: bagi(
      [['poktan.aktif', poktan?.aktif]],
      ['poktan.terdaftar', poktan?.terdaftar],
    ),
  });
}

function bagi(pembilang: readonly Suku[], penyebut: Suku): Rasio {
  const kurang: IdJumlah[] = [];
  for (const [id, v] of [...pembilang, penyebut]) {
    if (v === undefined) kurang.push(id);
  }
  const pembagi = penyebut[1] as number;
  if (kurang.length > 0 || pembagi === 0) {
    return { nilai: null, kurang, penyebutNol: kurang.length === 0 };
  }
  let atas = 0;
  for (const [, v] of pembilang) atas += v as number;
  return { nilai: atas / pembagi, kurang, penyebutNol: false };
}

function pencapaianPpm(j: JumlahIndikator): RasioIndikator['pencapaianPpm'] {
  const pb = j.pesertaKbBaru;
  const ppm = j.ppm;
  const metode = Object.fromEntries(
    METODE.map((m) => [
      m,
      bagi(
        [[`pesertaKbBaru.metode.${m}`, pb?.metode[m]]],
        [`ppm.metode.${m}`, ppm?.metode[m]],
      ),
    ]),
  ) as RasioIndikator['pencapaianPpm']['metode'];
  const total = bagi(
    [['pesertaKbBaru.total', pb?.total]],
    ['ppm.total', ppm?.total],
  );
  return { ...total, metode };
}

function trenPerkawinan(j: JumlahIndikator): RasioIndikator['trenPerkawinan'] {
  const kini = j.perkawinan;
  const lalu = j.perkawinanSebelumnya;
  const rasio = bagi([['perkawinan', kini]], ['perkawinanSebelumnya', lalu]);
  const ada = kini !== undefined && lalu !== undefined;
  return { ...rasio, selisih: ada ? kini - lalu : null };
}
