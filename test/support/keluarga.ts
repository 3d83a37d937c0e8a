import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import type {
  AlasanTidakKb,
  AnggotaKeluarga,
  DataLaporanDesa,
  Keluarga,
  MetodeKontrasepsi,
} from '../../src/index.js';
import { lahirBerusia, shiftDays } from './tanggal.js';

/**
 * The sample desa of docs/examples/data/keluarga.json, which the demo
 * prints and whose figures the tests compute by hand.
 */
export const SAMPLE_DESA = JSON.parse(
  readFileSync(
    new URL('../../docs/examples/data/keluarga.json', import.meta.url),
    'utf8',
  ),
) as {
  tanggalPenilaian: string;
  data: DataLaporanDesa & { keluarga: Keluarga[] };
};

/** The desa of every family built here. */
export const KODE_DESA = '32.04.11.2001';

type Fakta = Partial<AnggotaKeluarga>;

/** A member of `usia` completed years on `tanggal`, unmarried by default. */
export function anggota(
  id: string,
  usia: number,
  tanggal: string,
  fakta: Fakta = {},
): AnggotaKeluarga {
  return {
    id,
    jenisKelamin: 'perempuan',
    tanggalLahir: lahirBerusia(usia, tanggal),
    statusKawin: 'belum-kawin',
    hubungan: 'anak',
    ...fakta,
  };
}

/** A family of the sample desa with the members given. */
export function keluarga(
  id: string,
  members: readonly AnggotaKeluarga[],
  rentan = false,
): Keluarga {
  return { id, kodeDesa: KODE_DESA, rentan, anggota: [...members] };
}

/**
 * A family of a husband (head, three years older) and a wife of
 * `usiaIstri` on `tanggal`, with the wife's facts given.
 */
export function keluargaPasangan(
  id: string,
  usiaIstri: number,
  tanggal: string,
  istri: Fakta = {},
  suami: Fakta = {},
): Keluarga {
  return keluarga(id, [
    anggota('01', usiaIstri + 3, tanggal, {
      jenisKelamin: 'laki-laki',
      statusKawin: 'kawin',
      hubungan: 'kepala-keluarga',
      ...suami,
    }),
    anggota('02', usiaIstri, tanggal, {
      statusKawin: 'kawin',
      hubungan: 'istri',
      ...istri,
    }),
  ]);
}

/** A family of one person of `usia`, its head, never married. */
export function keluargaSeorang(
  id: string,
  usia: number,
  tanggal: string,
  fakta: Fakta = {},
): Keluarga {
  return keluarga(id, [
    anggota('01', usia, tanggal, { hubungan: 'kepala-keluarga', ...fakta }),
  ]);
}

const METODE_WANITA: readonly MetodeKontrasepsi[] = [
  'iud',
  'mow',
  'implan',
  'suntik',
  'pil',
  'kondom',
];
const ALASAN: readonly AlasanTidakKb[] = [
  'hamil',
  'ingin-anak-segera',
  'ingin-anak-tunda',
  'tidak-ingin-anak-lagi',
];

/** A birth date `usia` years before `tanggal`, up to 364 days earlier. */
function lahirArb(usia: fc.Arbitrary<number>, tanggal: string) {
  return fc
    .tuple(usia, fc.integer({ min: 0, max: 364 }))
    .map(([u, d]) => shiftDays(lahirBerusia(u, tanggal), -d));
}

/** What a wife's record may say, kept consistent with itself. */
function istriArb(tanggal: string) {
  return fc
    .record({
      tanggalLahir: lahirArb(fc.integer({ min: 10, max: 70 }), tanggal),
      haid: fc.option(fc.boolean(), { nil: undefined }),
      pakai: fc.option(
        fc.record({
          metode: fc.constantFrom(...METODE_WANITA),
          hari: fc.integer({ min: 0, max: 1500 }),
        }),
        { nil: undefined },
      ),
      alasan: fc.option(fc.constantFrom(...ALASAN), { nil: undefined }),
    })
    .map(
      ({ tanggalLahir, haid, pakai, alasan }): Fakta => ({
        tanggalLahir,
        ...(haid === undefined ? {} : { haid }),
        ...(pakai
          ? {
              kontrasepsi: {
                metode: pakai.metode,
                sejak: shiftDays(tanggal, -pakai.hari),
              },
            }
          : alasan === undefined
            ? {}
            : { alasanTidakKb: alasan, hamil: alasan === 'hamil' }),
      }),
    );
}

/**
 * A valid family on `tanggal`: a head, married with a wife, married
 * alone, or single, and up to four unmarried children or relatives of
 * any age. The id is given, so that a list can keep ids unique.
 */
export function keluargaArb(
  id: string,
  tanggal: string,
): fc.Arbitrary<Keluarga> {
  const lain = lahirArb(fc.integer({ min: 0, max: 95 }), tanggal).chain(
    (tanggalLahir) =>
      fc.record({
        jenisKelamin: fc.constantFrom(
          'laki-laki' as const,
          'perempuan' as const,
        ),
        hubungan: fc.constantFrom('anak' as const, 'lainnya' as const),
        statusKawin: fc.constantFrom(
          'belum-kawin' as const,
          'cerai-hidup' as const,
          'cerai-mati' as const,
        ),
        tanggalLahir: fc.constant(tanggalLahir),
        rencanaMenikah: fc.option(fc.constant(shiftDays(tanggal, 30)), {
          nil: undefined,
        }),
      }),
  );
  return fc
    .record({
      bentuk: fc.constantFrom('pasangan', 'kawin-sendiri', 'sendiri'),
      kepala: lahirArb(fc.integer({ min: 15, max: 90 }), tanggal),
      kepalaPerempuan: fc.boolean(),
      istri: istriArb(tanggal),
      lain: fc.array(lain, { maxLength: 4 }),
      rentan: fc.boolean(),
    })
    .map((f) => bangun(id, f));
}

type Bahan = {
  bentuk: string;
  kepala: string;
  kepalaPerempuan: boolean;
  istri: Fakta;
  lain: Fakta[];
  rentan: boolean;
};

function bangun(id: string, f: Bahan): Keluarga {
  const kawin = f.bentuk !== 'sendiri';
  const head: AnggotaKeluarga = {
    id: '01',
    jenisKelamin: 'laki-laki',
    tanggalLahir: f.kepala,
    statusKawin: kawin ? 'kawin' : 'cerai-mati',
    hubungan: 'kepala-keluarga',
  };
  const wife: AnggotaKeluarga = {
    id: '02',
    jenisKelamin: 'perempuan',
    tanggalLahir: '2000-01-01',
    statusKawin: 'kawin',
    hubungan: 'istri',
    ...f.istri,
  };
  const members =
    f.bentuk === 'pasangan'
      ? [head, wife]
      : f.bentuk === 'kawin-sendiri' && f.kepalaPerempuan
        ? [{ ...wife, hubungan: 'kepala-keluarga' as const }]
        : [head];
  const rest = f.lain.map(
    (a, i) => ({ ...a, id: String(i + 3).padStart(2, '0') }) as AnggotaKeluarga,
  );
  return {
    id,
    kodeDesa: KODE_DESA,
    rentan: f.rentan,
    anggota: [...members, ...rest],
  };
}

/** A desa of up to `max` valid families with unique ids, on `tanggal`. */
export function desaKeluargaArb(tanggal: string, max = 8) {
  return fc
    .integer({ min: 0, max })
    .chain((n) =>
      fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          keluargaArb(`K-${i + 1}`, tanggal),
        ),
      ),
    )
    .map((list): Keluarga[] => [...list]);
}

/**
 * `n` valid families of the sample desa on `tanggal`, built without
 * randomness so that benchmarks measure the same work each run: couples
 * on a method, couples without one (some of them open), widowed heads
 * with children, and lansia living alone.
 */
export function desaContoh(n: number, tanggal: string): Keluarga[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `K-${i + 1}`;
    switch (i % 4) {
      case 0:
        return keluargaPasangan(id, 20 + (i % 30), tanggal, {
          kontrasepsi: { metode: 'pil', sejak: shiftDays(tanggal, -(i % 400)) },
        });
      case 1:
        return keluargaPasangan(id, 40 + (i % 15), tanggal, {
          alasanTidakKb: 'ingin-anak-tunda',
        });
      case 2:
        return keluarga(id, [
          anggota('01', 30 + (i % 40), tanggal, {
            hubungan: 'kepala-keluarga',
            statusKawin: 'cerai-mati',
          }),
          anggota('02', i % 25, tanggal),
        ]);
      default:
        return keluarga(
          id,
          [
            anggota('01', 60 + (i % 30), tanggal, {
              hubungan: 'kepala-keluarga',
              statusKawin: 'cerai-mati',
            }),
          ],
          true,
        );
    }
  });
}
