import type * as z from 'zod';
import type { SafeResult } from '../errors.js';
import { parseInput, safely } from '../internal/input.js';
import {
  type KlasifikasiId,
  KRITERIA,
  type Kriteria,
  PERAN_BAKTI,
  type PeranBaktiId,
} from './kriteria.js';
import { memenuhi } from './memenuhi.js';
import {
  type ClassifyImpOptions,
  ClassifyImpOptionsSchema,
  type Penilaian,
  PenilaianSchema,
} from './penilaian.js';

/**
 * What one Peran Bakti reached: its tingkat, 0 to 3, and the criteria it
 * still lacks for the next tingkat (none at 3).
 *
 * @category Klasifikasi
 */
export type TingkatPeranBakti = {
  /** 1 Dasar, 2 Berkembang, 3 Mandiri met; 0 when Dasar is not. */
  readonly tingkat: 0 | 1 | 2 | 3;
  /** Unmet criteria of the next tingkat, in catalogue order. */
  readonly kurang: readonly Kriteria[];
};

/**
 * The answer of {@link classifyImp}.
 *
 * @category Klasifikasi
 */
export type KlasifikasiResult = {
  /** The class reached, or `null` when not even Dasar is. */
  readonly klasifikasi: KlasifikasiId | null;
  /** The sum of the six tingkat, 0 to 18. */
  readonly skor: number;
  /** The tingkat of each Peran Bakti, and what it lacks. */
  readonly peranBakti: { readonly [P in PeranBaktiId]: TingkatPeranBakti };
  /** Every unmet criterion the next class asks for; none at Mandiri. */
  readonly kurang: readonly Kriteria[];
};

type Fakta = z.output<typeof PenilaianSchema>;

const LEVELS: readonly KlasifikasiId[] = ['dasar', 'berkembang', 'mandiri'];

/**
 * Scores the six Peran Bakti of an IMP Bangga Kencana and classifies it
 * Dasar, Berkembang or Mandiri, naming every criterion it still lacks
 * for the class above.
 *
 * @remarks
 * Each Peran Bakti gets tingkat 1 when its Dasar criteria in
 * {@link KRITERIA} hold, 2 when its Berkembang ones hold too, 3 when its
 * Mandiri ones hold too; levels are cumulative (regulation reading 4).
 * `skor` is their sum. Mandiri needs all six at 3, Berkembang all six at
 * 2 or more. Dasar is read as a floor by default: Pengorganisasian at 1
 * or more suffices, and the other Dasar gaps are listed in `kurang`
 * toward Berkembang (regulation reading 3; defect 13). Option
 * `dasar: 'lengkap'` asks all six at 1 or more. Repeated list entries
 * count once. The decree gives no rule for combining the six roles; the
 * class is that of the weakest role that the class names (defect 12).
 *
 * @param penilaian - The facts, see {@link PenilaianSchema}.
 * @param options - See {@link ClassifyImpOptionsSchema}.
 * @returns Class, score, each Peran Bakti's tingkat and gaps, and the
 *   gaps to the next class. Frozen.
 * @throws {@link ImpInputError} when the facts or options are not of the
 *   documented shape.
 *
 * @example
 * // Organisation in place but nothing else: Dasar by the default floor
 * const result = classifyImp({
 *   pengorganisasian: {
 *     kepengurusan: true, pembagianTugas: 'ada', bidang: false,
 *   },
 *   pertemuan: {
 *     pelaksanaan: 'tidak-ada', rencanaKerja: false, notulen: false,
 *     berjenjang: false,
 *   },
 *   advokasiKie: { kie: false, kipk: false },
 *   pencatatan: { cara: 'tidak-ada' },
 *   pelayanan: {
 *     pembinaanPesertaKbAktif: false, rujukan: false, uppka: false,
 *     binaKeluarga: [],
 *   },
 *   kemandirian: { upaya: [] },
 * });
 * [result.klasifikasi, result.skor, result.peranBakti.pertemuan.kurang
 *   .map((k) => k.id)];
 * //=> ['dasar', 1, ['pertemuan.pelaksanaan']]
 *
 * @see Lampiran BAB IV huruf C.
 * @category Klasifikasi
 */
export function classifyImp(
  penilaian: Penilaian,
  options?: ClassifyImpOptions,
): KlasifikasiResult {
  const input = parseInput(
    { penilaian: PenilaianSchema, options: ClassifyImpOptionsSchema },
    { penilaian, options: options ?? {} },
  );
  return classifyFakta(input.penilaian, input.options.dasar ?? 'minimal');
}

/**
 * {@link classifyImp} that returns its input error instead of throwing
 * it.
 *
 * @param penilaian - As for {@link classifyImp}.
 * @param options - As for {@link classifyImp}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * // An unknown option is refused by its path
 * const result = safeClassifyImp({} as never, { ketat: true } as never);
 * result.success ? null : result.error.issues.at(-1)?.path;
 * //=> ['options', 'ketat']
 *
 * @see Lampiran BAB IV huruf C.
 * @category Klasifikasi
 */
export const safeClassifyImp: (
  penilaian: Penilaian,
  options?: ClassifyImpOptions,
) => SafeResult<KlasifikasiResult> = safely(classifyImp);

/** Classifies facts that are already valid. */
export function classifyFakta(
  fakta: Fakta,
  dasar: 'minimal' | 'lengkap',
): KlasifikasiResult {
  const met = PREDIKAT.map((memenuhiKriteria) => memenuhiKriteria(fakta));
  const peranBakti = {} as Record<PeranBaktiId, TingkatPeranBakti>;
  let skor = 0;
  PERAN.forEach((p, n) => {
    const tingkat = tingkatOf(PER_PERAN[n] as number[][], met);
    peranBakti[p] = tingkat;
    skor += tingkat.tingkat;
  });

  const klasifikasi = classOf(peranBakti, dasar);
  const next = nextOf(klasifikasi);
  const kurang = next === null ? EMPTY : kurangFor(next, dasar, met);

  // Every part is frozen as it is built, and the criteria are frozen in
  // the catalogue, so no deep walk is needed here.
  return Object.freeze({
    klasifikasi,
    skor,
    peranBakti: Object.freeze(peranBakti),
    kurang,
  });
}

const PERAN: readonly PeranBaktiId[] = PERAN_BAKTI.map((p) => p.id);
const EMPTY: readonly Kriteria[] = Object.freeze([]);

// The catalogue is fixed, so its criteria are grouped once: by position,
// by Peran Bakti and by the class that asks for them. Calls then test
// each criterion once and only gather what is unmet.
const PREDIKAT = KRITERIA.map((k) => (f: Fakta) => memenuhi(k, f));
const INDEKS = KRITERIA.map((_, i) => i);
// PER_PERAN[n][level] holds the positions of the n-th Peran Bakti's
// criteria for that class.
const PER_PERAN = PERAN.map((p) =>
  LEVELS.map((level) =>
    INDEKS.filter(
      (i) => KRITERIA[i]?.peranBakti === p && KRITERIA[i].klasifikasi === level,
    ),
  ),
);

function unmet(indeks: readonly number[], met: readonly boolean[]) {
  const kurang: Kriteria[] = [];
  for (const i of indeks) {
    if (!met[i]) kurang.push(KRITERIA[i] as Kriteria);
  }
  return kurang;
}

function tingkatOf(
  levels: readonly (readonly number[])[],
  met: readonly boolean[],
): TingkatPeranBakti {
  for (let tingkat = 0; tingkat < levels.length; tingkat += 1) {
    const kurang = unmet(levels[tingkat] as readonly number[], met);
    if (kurang.length > 0) {
      return Object.freeze({
        tingkat: tingkat as 0 | 1 | 2,
        kurang: Object.freeze(kurang),
      });
    }
  }
  return TINGKAT_PENUH;
}

const TINGKAT_PENUH: TingkatPeranBakti = Object.freeze({
  tingkat: 3,
  kurang: EMPTY,
});

function classOf(
  peranBakti: Record<PeranBaktiId, TingkatPeranBakti>,
  dasar: 'minimal' | 'lengkap',
): KlasifikasiId | null {
  const lowest = Math.min(...PERAN.map((p) => peranBakti[p].tingkat));
  if (lowest >= 3) return 'mandiri';
  if (lowest >= 2) return 'berkembang';
  const floor =
    dasar === 'minimal' ? peranBakti.pengorganisasian.tingkat : lowest;
  return floor >= 1 ? 'dasar' : null;
}

function nextOf(klasifikasi: KlasifikasiId | null): KlasifikasiId | null {
  if (klasifikasi === null) return 'dasar';
  return LEVELS[LEVELS.indexOf(klasifikasi) + 1] ?? null;
}

// Under the floor reading only Pengorganisasian decides Dasar, so only
// its criteria are what Dasar still lacks.
function kurangFor(
  next: KlasifikasiId,
  dasar: 'minimal' | 'lengkap',
  met: readonly boolean[],
): readonly Kriteria[] {
  const upTo = LEVELS.indexOf(next);
  const floorOnly = next === 'dasar' && dasar === 'minimal';
  const kurang: Kriteria[] = [];
  for (let i = 0; i < KRITERIA.length; i += 1) {
    const k = KRITERIA[i] as Kriteria;
    if (met[i] || LEVELS.indexOf(k.klasifikasi) > upTo) continue;
    if (floorOnly && k.peranBakti !== 'pengorganisasian') continue;
    kurang.push(k);
  }
  return Object.freeze(kurang);
}
