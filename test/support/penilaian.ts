import * as fc from 'fast-check';
import type { Penilaian } from '../../src/index.js';

export const BINA = ['bkb', 'bkr', 'bkl', 'pik-remaja'] as const;
export const UPAYA = [
  'fasilitasi-pelayanan-kontrasepsi',
  'pendanaan-kelompok',
  'kemandirian-poktan',
] as const;

/** Any valid penilaian, lists with repeats allowed. */
export const penilaianArb: fc.Arbitrary<Penilaian> = fc.record({
  pengorganisasian: fc.record({
    kepengurusan: fc.boolean(),
    pembagianTugas: fc.constantFrom('tidak-ada', 'ada', 'jelas'),
    bidang: fc.boolean(),
  }),
  pertemuan: fc.record({
    pelaksanaan: fc.constantFrom('tidak-ada', 'tidak-berkala', 'rutin-bulanan'),
    rencanaKerja: fc.boolean(),
    notulen: fc.boolean(),
    berjenjang: fc.boolean(),
  }),
  advokasiKie: fc.record({ kie: fc.boolean(), kipk: fc.boolean() }),
  pencatatan: fc.record({
    cara: fc.constantFrom('tidak-ada', 'sederhana', 'pola-rr-rumah-dataku'),
  }),
  pelayanan: fc.record({
    pembinaanPesertaKbAktif: fc.boolean(),
    rujukan: fc.boolean(),
    uppka: fc.boolean(),
    binaKeluarga: fc.array(fc.constantFrom(...BINA), { maxLength: 6 }),
  }),
  kemandirian: fc.record({
    upaya: fc.array(fc.constantFrom(...UPAYA), { maxLength: 5 }),
  }),
});

/** Nothing done at all. */
export function penilaianKosong(): Penilaian {
  return {
    pengorganisasian: {
      kepengurusan: false,
      pembagianTugas: 'tidak-ada',
      bidang: false,
    },
    pertemuan: {
      pelaksanaan: 'tidak-ada',
      rencanaKerja: false,
      notulen: false,
      berjenjang: false,
    },
    advokasiKie: { kie: false, kipk: false },
    pencatatan: { cara: 'tidak-ada' },
    pelayanan: {
      pembinaanPesertaKbAktif: false,
      rujukan: false,
      uppka: false,
      binaKeluarga: [],
    },
    kemandirian: { upaya: [] },
  };
}

/** Every Dasar criterion met, nothing more. */
export function penilaianDasar(): Penilaian {
  return {
    pengorganisasian: {
      kepengurusan: true,
      pembagianTugas: 'ada',
      bidang: false,
    },
    pertemuan: {
      pelaksanaan: 'tidak-berkala',
      rencanaKerja: false,
      notulen: false,
      berjenjang: false,
    },
    advokasiKie: { kie: true, kipk: false },
    pencatatan: { cara: 'sederhana' },
    pelayanan: {
      pembinaanPesertaKbAktif: true,
      rujukan: true,
      uppka: false,
      binaKeluarga: ['bkb'],
    },
    kemandirian: { upaya: ['pendanaan-kelompok'] },
  };
}

/** Every Berkembang criterion met, nothing more. */
export function penilaianBerkembang(): Penilaian {
  const p = penilaianDasar();
  return {
    ...p,
    pengorganisasian: { ...p.pengorganisasian, pembagianTugas: 'jelas' },
    pertemuan: {
      pelaksanaan: 'rutin-bulanan',
      rencanaKerja: true,
      notulen: true,
      berjenjang: false,
    },
    advokasiKie: { kie: true, kipk: true },
    pencatatan: { cara: 'pola-rr-rumah-dataku' },
    pelayanan: { ...p.pelayanan, uppka: true, binaKeluarga: ['bkb', 'bkr'] },
    kemandirian: { upaya: ['pendanaan-kelompok', 'kemandirian-poktan'] },
  };
}

/** Every criterion met. */
export function penilaianMandiri(): Penilaian {
  const p = penilaianBerkembang();
  return {
    ...p,
    pengorganisasian: { ...p.pengorganisasian, bidang: true },
    pertemuan: { ...p.pertemuan, berjenjang: true },
    pelayanan: { ...p.pelayanan, binaKeluarga: [...BINA] },
    kemandirian: { upaya: [...UPAYA] },
  };
}

/** Ordered values, lowest first. */
export const ORDER = {
  pembagianTugas: ['tidak-ada', 'ada', 'jelas'],
  pelaksanaan: ['tidak-ada', 'tidak-berkala', 'rutin-bulanan'],
  cara: ['tidak-ada', 'sederhana', 'pola-rr-rumah-dataku'],
} as const;

/**
 * A penilaian with exactly the given criteria met, by id; every other
 * criterion fails unless a met one implies it (a count of two implies
 * one).
 */
export function penilaianMemenuhi(ids: readonly string[]): Penilaian {
  const has = (id: string) => ids.includes(id);
  const tiers = (a: string, b: string, v: readonly string[]) =>
    (has(b) ? v[2] : has(a) ? v[1] : v[0]) as never;
  const bina = has('pelayanan.bina-keluarga-lengkap')
    ? [...BINA]
    : has('pelayanan.bina-keluarga-2')
      ? ['bkb', 'bkr']
      : has('pelayanan.bina-keluarga-1')
        ? ['bkb']
        : [];
  const upaya = UPAYA.slice(
    0,
    has('kemandirian.upaya-3')
      ? 3
      : has('kemandirian.upaya-2')
        ? 2
        : has('kemandirian.upaya-1')
          ? 1
          : 0,
  );
  return {
    pengorganisasian: {
      kepengurusan: has('pengorganisasian.kepengurusan'),
      pembagianTugas: tiers(
        'pengorganisasian.pembagian-tugas',
        'pengorganisasian.pembagian-tugas-jelas',
        ORDER.pembagianTugas,
      ),
      bidang: has('pengorganisasian.bidang'),
    },
    pertemuan: {
      pelaksanaan: tiers(
        'pertemuan.pelaksanaan',
        'pertemuan.rutin-bulanan',
        ORDER.pelaksanaan,
      ),
      rencanaKerja: has('pertemuan.rencana-kerja'),
      notulen: has('pertemuan.notulen'),
      berjenjang: has('pertemuan.berjenjang'),
    },
    advokasiKie: { kie: has('advokasiKie.kie'), kipk: has('advokasiKie.kipk') },
    pencatatan: {
      cara: tiers(
        'pencatatan.sederhana',
        'pencatatan.pola-rr-rumah-dataku',
        ORDER.cara,
      ),
    },
    pelayanan: {
      pembinaanPesertaKbAktif: has('pelayanan.pembinaan-peserta-kb-aktif'),
      rujukan: has('pelayanan.rujukan'),
      uppka: has('pelayanan.uppka'),
      binaKeluarga: bina as Penilaian['pelayanan']['binaKeluarga'],
    },
    kemandirian: { upaya: [...upaya] },
  };
}

function better<T extends string>(order: readonly T[], a: T, b: T): T {
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

/** Each fact at the better of the two: never worse than either. */
export function join(a: Penilaian, b: Penilaian): Penilaian {
  const o = a.pengorganisasian;
  const t = a.pertemuan;
  const l = a.pelayanan;
  return {
    pengorganisasian: {
      kepengurusan: o.kepengurusan || b.pengorganisasian.kepengurusan,
      pembagianTugas: better(
        ORDER.pembagianTugas,
        o.pembagianTugas,
        b.pengorganisasian.pembagianTugas,
      ),
      bidang: o.bidang || b.pengorganisasian.bidang,
    },
    pertemuan: {
      pelaksanaan: better(
        ORDER.pelaksanaan,
        t.pelaksanaan,
        b.pertemuan.pelaksanaan,
      ),
      rencanaKerja: t.rencanaKerja || b.pertemuan.rencanaKerja,
      notulen: t.notulen || b.pertemuan.notulen,
      berjenjang: t.berjenjang || b.pertemuan.berjenjang,
    },
    advokasiKie: {
      kie: a.advokasiKie.kie || b.advokasiKie.kie,
      kipk: a.advokasiKie.kipk || b.advokasiKie.kipk,
    },
    pencatatan: {
      cara: better(ORDER.cara, a.pencatatan.cara, b.pencatatan.cara),
    },
    pelayanan: {
      pembinaanPesertaKbAktif:
        l.pembinaanPesertaKbAktif || b.pelayanan.pembinaanPesertaKbAktif,
      rujukan: l.rujukan || b.pelayanan.rujukan,
      uppka: l.uppka || b.pelayanan.uppka,
      binaKeluarga: [...l.binaKeluarga, ...b.pelayanan.binaKeluarga],
    },
    kemandirian: {
      upaya: [...a.kemandirian.upaya, ...b.kemandirian.upaya],
    },
  };
}

/** Two penilaian, the second at least as good as the first in every fact. */
export const improvementArb = fc
  .tuple(penilaianArb, penilaianArb)
  .map(([a, b]): [Penilaian, Penilaian] => [a, join(a, b)]);
