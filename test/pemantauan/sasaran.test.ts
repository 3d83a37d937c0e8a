import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  assessSasaran,
  type Keluarga,
  type SasaranResult,
  safeAssessSasaran,
  USIA_SASARAN,
  UU_13_1998,
} from '../../src/index.js';
import { issuesOf } from '../support/issues.js';
import {
  anggota,
  desaContoh,
  desaKeluargaArb,
  keluarga,
  keluargaArb,
  keluargaPasangan,
  keluargaSeorang,
  SAMPLE_DESA,
} from '../support/keluarga.js';
import { shiftDays, tanggalArb } from '../support/tanggal.js';

const DAY = '2025-06-30';

type Jumlah = Record<string, number>;

/** Every count of a result, by the name of its group. */
function counts(r: SasaranResult): Jumlah {
  return {
    catin: r.catin.jumlah,
    pasangan: r.pasangan.jumlah,
    pus: r.pasangan.pus.jumlah,
    tidakDapatDitentukan: r.pasangan.tidakDapatDitentukan.jumlah,
    bukanPus: r.pasangan.bukanPus.jumlah,
    keluargaBalita: r.keluargaBalita.jumlah,
    keluargaRemaja: r.keluargaRemaja.jumlah,
    keluargaLansia: r.keluargaLansia.jumlah,
    balita: r.balita.jumlah,
    remaja: r.remaja.jumlah,
    lansia: r.lansia.jumlah,
    keluargaRentan: r.keluargaRentan.jumlah,
  };
}

const DESA = tanggalArb(1990, 2060).chain((t) =>
  fc.tuple(fc.constant(t), desaKeluargaArb(t)),
);

describe('assessSasaran', () => {
  it('returns the figures of the sample desa, counted by hand', () => {
    const r = assessSasaran(
      SAMPLE_DESA.data.keluarga,
      SAMPLE_DESA.tanggalPenilaian,
    );
    expect(counts(r)).toEqual({
      catin: 2,
      pasangan: 10,
      pus: 6,
      tidakDapatDitentukan: 2,
      bukanPus: 2,
      keluargaBalita: 5,
      keluargaRemaja: 5,
      keluargaLansia: 2,
      balita: 5,
      remaja: 5,
      lansia: 2,
      keluargaRentan: 2,
    });
    expect(r.pasangan.tidakDapatDitentukan.daftar).toEqual([
      { keluarga: 'K-03', istri: '02', suami: '01', kurang: ['haid'] },
      { keluarga: 'K-08', istri: null, suami: '01', kurang: ['istri'] },
    ]);
    expect(r.pasangan.pus.daftar.map((p) => p.keluarga)).toEqual([
      'K-01',
      'K-02',
      'K-06',
      'K-07',
      'K-10',
      'K-11',
    ]);
    expect(r.catin.daftar).toEqual([
      { keluarga: 'K-06', anggota: '03' },
      { keluarga: 'K-10', anggota: '03' },
    ]);
    expect(r.lansia.daftar).toEqual([
      { keluarga: 'K-05', anggota: '01' },
      { keluarga: 'K-09', anggota: '01' },
    ]);
    expect(r.keluargaRentan.daftar).toEqual(['K-05', 'K-08']);
    expect(r.kodeDesa).toBe('32.04.11.2001');
  });

  test.prop([DESA])(
    'splits every couple into PUS, open and not PUS',
    ([tanggal, list]) => {
      const { pasangan } = assessSasaran(list, tanggal);
      expect(
        pasangan.pus.jumlah +
          pasangan.tidakDapatDitentukan.jumlah +
          pasangan.bukanPus.jumlah,
      ).toBe(pasangan.jumlah);
      for (const group of [pasangan.pus, pasangan.bukanPus]) {
        expect(group.daftar).toHaveLength(group.jumlah);
      }
    },
  );

  const DESA_DAN_TAMBAHAN = DESA.chain(([t, list]) =>
    fc.tuple(fc.constant(t), fc.constant(list), keluargaArb('K-baru', t)),
  );

  test.prop([DESA_DAN_TAMBAHAN])(
    'never lowers a count when a family is added',
    ([tanggal, list, extra]) => {
      const before = counts(assessSasaran(list, tanggal));
      const after = counts(assessSasaran([...list, extra], tanggal));
      for (const [key, n] of Object.entries(before)) {
        expect(after[key]).toBeGreaterThanOrEqual(n);
      }
    },
  );

  test.prop([DESA])(
    'names a missing fact for each open couple',
    ([t, list]) => {
      const { tidakDapatDitentukan } = assessSasaran(list, t).pasangan;
      for (const p of tidakDapatDitentukan.daftar) {
        expect(p.kurang).toEqual(p.istri === null ? ['istri'] : ['haid']);
      }
    },
  );

  test.prop([DESA])('does not change its input', ([tanggal, list]) => {
    const before = structuredClone(list);
    assessSasaran(list, tanggal, { lansia: { usiaMinimal: 65 } });
    expect(list).toEqual(before);
  });

  it('reads any iterable, a generator included', () => {
    function* families() {
      yield keluargaPasangan('K-1', 30, DAY);
      yield keluargaSeorang('K-2', 70, DAY);
    }
    const r = assessSasaran(families(), DAY);
    expect([r.pasangan.pus.jumlah, r.lansia.jumlah]).toEqual([1, 1]);
  });

  it('reads the families built for benchmarks as valid', () => {
    const r = assessSasaran(desaContoh(400, DAY), DAY);
    expect(r.jumlahKeluarga).toBe(400);
    expect(r.pasangan.jumlah).toBe(200);
    expect(r.pasangan.tidakDapatDitentukan.jumlah).toBeGreaterThan(0);
  });

  it('returns zero groups and no desa for no family', () => {
    const r = assessSasaran([], DAY);
    expect(r.kodeDesa).toBeNull();
    expect(Object.values(counts(r)).every((n) => n === 0)).toBe(true);
  });

  it('returns duplicate_value when a family is listed twice', () => {
    const k = keluargaPasangan('K-1', 30, DAY);
    expect(issuesOf(() => assessSasaran([k, k], DAY))).toEqual([
      { code: 'duplicate_value', path: ['keluarga', 1, 'id'] },
    ]);
  });

  it('returns an issue for a family of another desa', () => {
    const lain = {
      ...keluargaSeorang('K-2', 30, DAY),
      kodeDesa: '32.04.11.2002',
    };
    expect(
      issuesOf(() =>
        assessSasaran([keluargaSeorang('K-1', 30, DAY), lain], DAY),
      ),
    ).toEqual([{ code: 'invalid_value', path: ['keluarga', 1, 'kodeDesa'] }]);
  });

  it('returns every problem of every family, by its index', () => {
    const rusak = keluarga('K-2', [anggota('01', 30, DAY)]);
    const issues = issuesOf(() =>
      assessSasaran(
        [{ id: 'K-1' } as Keluarga, rusak, keluargaSeorang('K-2', 5, DAY)],
        '2025-13-01',
        { remaja: { usiaMinimal: 30 } },
      ),
    );
    expect(issues.map((i) => i.path[0])).toContain('tanggal');
    expect(issues).toContainEqual({
      code: 'required',
      path: ['keluarga', 0, 'kodeDesa'],
    });
    expect(issues).toContainEqual({
      code: 'required',
      path: ['keluarga', 1, 'anggota'],
    });
    expect(issues).toContainEqual({
      code: 'duplicate_value',
      path: ['keluarga', 2, 'id'],
    });
    expect(issues).toContainEqual({
      code: 'out_of_range',
      path: ['options', 'remaja', 'usiaMaksimal'],
    });
  });

  it('refuses a value that is not a collection', () => {
    expect(issuesOf(() => assessSasaran(3 as never, DAY))).toEqual([
      { code: 'invalid_type', path: ['keluarga'] },
    ]);
  });

  type Band = ['balita' | 'remaja' | 'lansia', number, boolean];
  it.each<Band>([
    ['balita', 0, true],
    ['balita', 4, true],
    ['balita', 5, false],
    ['remaja', 9, false],
    ['remaja', 10, true],
    ['remaja', 11, true],
    ['remaja', 23, true],
    ['remaja', 24, true],
    ['remaja', 25, false],
    ['lansia', 59, false],
    ['lansia', 60, true],
    ['lansia', 61, true],
  ])('counts a person of %s age %i in the group: %s', (group, usia, inside) => {
    const r = assessSasaran([keluargaSeorang('K-1', usia, DAY)], DAY);
    expect(r[group].jumlah).toBe(inside ? 1 : 0);
    const keluargaGroup = `keluarga${group[0]?.toUpperCase()}${group.slice(1)}`;
    expect((r as never)[keluargaGroup]).toMatchObject({
      jumlah: inside ? 1 : 0,
    });
  });

  type LeapDay = [string, string, 'balita' | 'remaja' | 'lansia', boolean];
  it.each<LeapDay>([
    ['2020-02-29', '2025-02-28', 'balita', true],
    ['2020-02-29', '2025-03-01', 'balita', false],
    ['2012-02-29', '2022-02-28', 'remaja', false],
    ['2012-02-29', '2022-03-01', 'remaja', true],
    ['2000-02-29', '2025-02-28', 'remaja', true],
    ['2000-02-29', '2025-03-01', 'remaja', false],
    ['1964-02-29', '2024-02-28', 'lansia', false],
    ['1964-02-29', '2024-02-29', 'lansia', true],
  ])(
    'counts a person born %s, on %s, as %s: %s',
    (lahir, tanggal, group, inside) => {
      const k = keluargaSeorang('K-1', 0, tanggal, { tanggalLahir: lahir });
      expect(assessSasaran([k], tanggal)[group].jumlah).toBe(inside ? 1 : 0);
    },
  );

  it('counts only a never-married remaja, unless the option says not', () => {
    const cerai = keluargaSeorang('K-1', 20, DAY, {
      statusKawin: 'cerai-hidup',
    });
    const istri = keluargaPasangan('K-2', 20, DAY);
    expect(assessSasaran([cerai, istri], DAY).remaja.jumlah).toBe(0);
    const options = { remaja: { belumKawin: false } };
    // The wife's husband is 23: married, so a remaja only by this option.
    expect(assessSasaran([cerai, istri], DAY, options).remaja.jumlah).toBe(3);
  });

  it('takes an age band from the options, marked operational', () => {
    const k = keluargaSeorang('K-1', 62, DAY);
    const r = assessSasaran([k], DAY, { lansia: { usiaMinimal: 65 } });
    expect(r.lansia.jumlah).toBe(0);
    expect(r.usia.lansia).toMatchObject({ usiaMinimal: 65, operasional: true });
    expect(assessSasaran([k], DAY, { lansia: {} }).usia.lansia).toBe(
      USIA_SASARAN.lansia,
    );
    const terbatas = assessSasaran([k], DAY, {
      lansia: { usiaMaksimal: 61 },
    });
    expect(terbatas.lansia.jumlah).toBe(0);
    expect(
      assessSasaran([k], DAY, { balita: { usiaMaksimal: null } }).balita.jumlah,
    ).toBe(1);
  });

  it.each([
    [shiftDays(DAY, -1), 0],
    [DAY, 1],
    [shiftDays(DAY, 1), 1],
  ])('counts a wedding planned on %s as catin %i times', (rencana, n) => {
    const k = keluargaSeorang('K-1', 22, DAY, { rencanaMenikah: rencana });
    expect(assessSasaran([k], DAY).catin.jumlah).toBe(n);
  });

  it('reads a wife of exactly 50 by the usia50 option', () => {
    const k = keluargaPasangan('K-1', 50, DAY, { haid: true });
    expect(assessSasaran([k], DAY).pasangan.pus.jumlah).toBe(1);
    const harfiah = assessSasaran([k], DAY, { usia50: 'harfiah' });
    expect(harfiah.pasangan.bukanPus.jumlah).toBe(1);
  });

  it('counts each wife of a man with two wives as a couple', () => {
    const k = keluargaPasangan('K-1', 30, DAY);
    const dua = {
      ...k,
      anggota: [...k.anggota, { ...k.anggota[1], id: '03' }],
    };
    const r = assessSasaran([dua as Keluarga], DAY);
    expect(r.pasangan.pus.daftar).toEqual([
      { keluarga: 'K-1', istri: '02', suami: '01' },
      { keluarga: 'K-1', istri: '03', suami: '01' },
    ]);
  });

  it('cites each group and age band to its clause or law', () => {
    const r = assessSasaran([], DAY);
    expect(r.catin.citation.ref).toBe('Lampiran BAB II huruf C angka 1');
    expect(r.pasangan.pus.citation.ref).toBe('Lampiran BAB II huruf C angka 2');
    expect(r.keluargaLansia.citation.ref).toBe(
      'Lampiran BAB II huruf C angka 3',
    );
    expect(r.keluargaRentan.citation.ref).toBe(
      'Lampiran BAB II huruf C angka 4',
    );
    expect(r.pasangan.citation.ref).toBe('Lampiran BAB I huruf D angka 26');
    expect(r.usia.lansia.citation).toEqual({
      instrument: UU_13_1998.nama,
      ref: 'Pasal 1 angka 2',
    });
    expect([r.usia.balita.operasional, r.usia.remaja.operasional]).toEqual([
      true,
      true,
    ]);
  });

  it('says when the day judged is before the decree', () => {
    expect(assessSasaran([], '2024-04-17').sebelumBerlaku).toBe(true);
    expect(assessSasaran([], '2024-04-18').sebelumBerlaku).toBe(false);
  });
});

describe('safeAssessSasaran', () => {
  test.prop([fc.anything(), fc.anything()])(
    'never throws for any values',
    (list, options) => {
      expect(() =>
        safeAssessSasaran(list as never, DAY, options as never),
      ).not.toThrow();
    },
  );
});
