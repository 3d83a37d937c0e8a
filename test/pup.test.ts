import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  assessPup,
  assessPupCatin,
  type JenisKelamin,
  UU_1_1974,
  UU_16_2019,
} from '../src/index.js';
import { issuesOf } from './support/issues.js';
import { lahirBerusia, shiftDays, tanggalArb } from './support/tanggal.js';

const jenisKelaminArb = fc.constantFrom<JenisKelamin>('laki-laki', 'perempuan');
const orangArb = fc.record({
  jenisKelamin: jenisKelaminArb,
  tanggalLahir: tanggalArb(1950, 2030),
});
const menikahArb = tanggalArb(1974, 2060).filter((t) => t >= '1974-01-02');

describe('assessPup', () => {
  test.prop([orangArb, menikahArb])(
    'meets the ideal exactly when the age is at least 25 for a man and 21 for a woman',
    (orang, tanggal) => {
      fc.pre(orang.tanggalLahir <= tanggal);
      const result = assessPup(orang, tanggal);
      const ideal = orang.jenisKelamin === 'laki-laki' ? 25 : 21;
      expect(result.usiaIdeal).toBe(ideal);
      expect(result.memenuhiUsiaIdeal).toBe(result.usia >= ideal);
    },
  );

  test.prop([orangArb, menikahArb])(
    'gives as tanggalUsiaIdeal the first day on which the ideal is met',
    (orang, tanggal) => {
      fc.pre(orang.tanggalLahir <= tanggal);
      const { tanggalUsiaIdeal } = assessPup(orang, tanggal);
      const before = shiftDays(tanggalUsiaIdeal, -1);
      fc.pre(before >= '1974-01-02');
      expect(assessPup(orang, tanggalUsiaIdeal).memenuhiUsiaIdeal).toBe(true);
      expect(assessPup(orang, before).memenuhiUsiaIdeal).toBe(false);
    },
  );

  test.prop([orangArb, menikahArb])(
    'meets the legal minimum on tanggalUsiaMinimal, and not the day before',
    (orang, tanggal) => {
      fc.pre(orang.tanggalLahir <= tanggal);
      const result = assessPup(orang, tanggal);
      expect(result.memenuhiUsiaMinimal).toBe(
        tanggal >= result.tanggalUsiaMinimal,
      );
    },
  );

  it.each([
    ['perempuan', 20, false],
    ['perempuan', 21, true],
    ['perempuan', 22, true],
    ['laki-laki', 24, false],
    ['laki-laki', 25, true],
    ['laki-laki', 26, true],
  ] as const)('a %s of %i meets the ideal: %s', (jenisKelamin, usia, meets) => {
    const tanggal = '2025-05-20';
    const tanggalLahir = lahirBerusia(usia, tanggal);
    const result = assessPup({ jenisKelamin, tanggalLahir }, tanggal);
    expect(result.usia).toBe(usia);
    expect(result.memenuhiUsiaIdeal).toBe(meets);
  });

  it('lets a woman born on 29 February reach 21 on 1 March', () => {
    const orang = {
      jenisKelamin: 'perempuan',
      tanggalLahir: '2004-02-29',
    } as const;
    const result = assessPup(orang, '2025-02-28');
    expect(result.memenuhiUsiaIdeal).toBe(false);
    expect(result.tanggalUsiaIdeal).toBe('2025-03-01');
  });

  it.each([
    ['perempuan', '2019-10-14', 16, UU_1_1974.nama],
    ['perempuan', '2019-10-15', 19, UU_16_2019.nama],
    ['laki-laki', '2019-10-14', 19, UU_1_1974.nama],
    ['laki-laki', '2019-10-15', 19, UU_16_2019.nama],
    ['perempuan', '1974-01-02', 16, UU_1_1974.nama],
  ] as const)(
    'a %s marrying on %s is held to %i by the law in force that day',
    (jenisKelamin, tanggal, usiaMinimal, law) => {
      const orang = { jenisKelamin, tanggalLahir: '1960-01-01' };
      const result = assessPup(orang, tanggal);
      expect(result.usiaMinimal).toBe(usiaMinimal);
      expect(result.citations[1].instrument).toBe(law);
      expect(result.citations[1].ref).toBe('Pasal 7 ayat (1)');
    },
  );

  it.each([
    ['2019-10-14', 18, true],
    ['2019-10-15', 18, false],
    ['2019-10-14', 15, false],
    ['2019-10-15', 19, true],
  ] as const)(
    'a woman marrying on %s at %i meets the legal minimum: %s',
    (tanggal, usia, meets) => {
      const orang = {
        jenisKelamin: 'perempuan',
        tanggalLahir: lahirBerusia(usia, tanggal),
      } as const;
      const result = assessPup(orang, tanggal);
      expect(result.memenuhiUsiaMinimal).toBe(meets);
      expect(result.catatan.map((c) => c.id)).toContain('sebelum-berlaku');
      expect(result.catatan.some((c) => c.id === 'di-bawah-usia-minimal')).toBe(
        !meets,
      );
    },
  );

  it('cites the ideal ages of the decree first', () => {
    const orang = {
      jenisKelamin: 'laki-laki',
      tanggalLahir: '2000-01-01',
    } as const;
    expect(assessPup(orang, '2025-01-01').citations[0].ref).toBe(
      'Lampiran BAB IV huruf A angka 2 penjelasan huruf h angka 1)',
    );
  });

  it('says when the wedding is before the decree came into force', () => {
    const orang = {
      jenisKelamin: 'laki-laki',
      tanggalLahir: '1980-01-01',
    } as const;
    const before = assessPup(orang, '2024-04-17');
    const after = assessPup(orang, '2024-04-18');
    expect(before.sebelumBerlaku).toBe(true);
    expect(before.catatan.map((c) => c.id)).toEqual(['sebelum-berlaku']);
    expect(after.sebelumBerlaku).toBe(false);
    expect(after.catatan).toEqual([]);
  });

  it('refuses a wedding before the Marriage Law of 1974', () => {
    const orang = {
      jenisKelamin: 'laki-laki',
      tanggalLahir: '1950-01-01',
    } as const;
    expect(issuesOf(() => assessPup(orang, '1974-01-01'))).toEqual([
      { code: 'out_of_range', path: ['tanggalMenikah'] },
    ]);
  });

  it('refuses a birth after the wedding and an unknown sex together', () => {
    const orang = { jenisKelamin: 'pria', tanggalLahir: '2030-01-01' };
    expect(issuesOf(() => assessPup(orang as never, '2025-01-01'))).toEqual([
      { code: 'invalid_value', path: ['orang', 'jenisKelamin'] },
    ]);
    const valid = {
      jenisKelamin: 'laki-laki',
      tanggalLahir: '2030-01-01',
    } as const;
    expect(issuesOf(() => assessPup(valid, '2025-01-01'))).toEqual([
      { code: 'birth_after_date', path: ['orang', 'tanggalLahir'] },
    ]);
  });
});

describe('assessPupCatin', () => {
  const catinArb = fc.record({
    calonSuami: fc.record({ tanggalLahir: tanggalArb(1950, 2030) }),
    calonIstri: fc.record({ tanggalLahir: tanggalArb(1950, 2030) }),
  });

  test.prop([catinArb, menikahArb])(
    'agrees with each person judged alone, and waits for the later of the two',
    (catin, tanggal) => {
      fc.pre(catin.calonSuami.tanggalLahir <= tanggal);
      fc.pre(catin.calonIstri.tanggalLahir <= tanggal);
      const pair = assessPupCatin(catin, tanggal);
      const suami = assessPup(
        { ...catin.calonSuami, jenisKelamin: 'laki-laki' },
        tanggal,
      );
      const istri = assessPup(
        { ...catin.calonIstri, jenisKelamin: 'perempuan' },
        tanggal,
      );

      expect(pair.calonSuami).toEqual(suami);
      expect(pair.calonIstri).toEqual(istri);
      expect(pair.memenuhiUsiaIdeal).toBe(
        suami.memenuhiUsiaIdeal && istri.memenuhiUsiaIdeal,
      );
      const ideal = [suami.tanggalUsiaIdeal, istri.tanggalUsiaIdeal].sort();
      expect(pair.tanggalUsiaIdeal).toBe(ideal[1]);
      expect(
        assessPupCatin(catin, pair.tanggalUsiaIdeal).memenuhiUsiaIdeal,
      ).toBe(true);
    },
  );

  it('waits for the groom when he reaches 25 after the bride reaches 21', () => {
    const result = assessPupCatin(
      {
        calonSuami: { tanggalLahir: '2001-03-01' },
        calonIstri: { tanggalLahir: '2003-01-15' },
      },
      '2025-07-01',
    );
    expect(result.memenuhiUsiaIdeal).toBe(false);
    expect(result.tanggalUsiaIdeal).toBe('2026-03-01');
    expect(result.memenuhiUsiaMinimal).toBe(true);
    expect(result.tanggalUsiaMinimal).toBe('2022-01-15');
  });

  it('reports a birth after the wedding for each of the two', () => {
    const catin = {
      calonSuami: { tanggalLahir: '2026-01-01' },
      calonIstri: { tanggalLahir: '2026-02-01' },
    };
    expect(issuesOf(() => assessPupCatin(catin, '2025-01-01'))).toEqual([
      {
        code: 'birth_after_date',
        path: ['catin', 'calonSuami', 'tanggalLahir'],
      },
      {
        code: 'birth_after_date',
        path: ['catin', 'calonIstri', 'tanggalLahir'],
      },
    ]);
  });
});
