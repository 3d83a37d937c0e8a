import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  computeTanggalUsia,
  computeUsia,
  ImpInputError,
  TanggalSchema,
} from '../src/index.js';
import { readTanggal } from '../src/tanggal.js';
import { issuesOf } from './support/issues.js';
import {
  lahirDanTanggalArb,
  shiftDays,
  tanggalArb,
  usiaOracle,
} from './support/tanggal.js';

describe('the test run', () => {
  it('runs in the time zone its project names', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(zone).toBe(process.env.TZ);
  });
});

describe('computeUsia', () => {
  test.prop([lahirDanTanggalArb()])(
    'agrees with date-fns on UTC dates for every birth and day',
    ([lahir, tanggal]) => {
      expect(computeUsia(lahir, tanggal)).toBe(usiaOracle(lahir, tanggal));
    },
  );

  test.prop([lahirDanTanggalArb(1900, 2099), fc.integer({ min: 1, max: 400 })])(
    'never decreases as the day judged moves forward',
    ([lahir, tanggal], days) => {
      const later = shiftDays(tanggal, days);
      expect(computeUsia(lahir, later)).toBeGreaterThanOrEqual(
        computeUsia(lahir, tanggal),
      );
    },
  );

  it.each([
    ['2010-06-15', '2025-06-14', 14],
    ['2010-06-15', '2025-06-15', 15],
    ['2010-06-15', '2010-06-15', 0],
    ['2004-02-29', '2025-02-28', 20],
    ['2004-02-29', '2025-03-01', 21],
    ['2004-02-29', '2024-02-28', 19],
    ['2004-02-29', '2024-02-29', 20],
    ['1999-12-31', '2000-01-01', 0],
  ])('born %s is %i years old on %s', (lahir, tanggal, expected) => {
    expect(computeUsia(lahir, tanggal)).toBe(expected);
  });

  it('refuses a day that does not exist, naming the argument', () => {
    expect(issuesOf(() => computeUsia('2023-02-29', '2024-01-01'))).toEqual([
      { code: 'invalid_date', path: ['tanggalLahir'] },
    ]);
  });

  it('refuses a birth after the day judged', () => {
    expect(issuesOf(() => computeUsia('2024-01-02', '2024-01-01'))).toEqual([
      { code: 'birth_after_date', path: ['tanggalLahir'] },
    ]);
  });

  it('lists every problem at once', () => {
    expect(issuesOf(() => computeUsia('1990-1-1', 20240101 as never))).toEqual([
      { code: 'invalid_date', path: ['tanggalLahir'] },
      { code: 'invalid_type', path: ['tanggal'] },
    ]);
  });
});

describe('computeTanggalUsia', () => {
  test.prop([tanggalArb(1900, 2050), fc.integer({ min: 0, max: 60 })])(
    'returns the first day on which the age is reached',
    (lahir, tahun) => {
      const day = computeTanggalUsia(lahir, tahun);
      expect(computeUsia(lahir, day)).toBe(tahun);
      if (tahun > 0) {
        expect(computeUsia(lahir, shiftDays(day, -1))).toBe(tahun - 1);
      }
    },
  );

  it.each([
    ['2004-02-29', 21, '2025-03-01'],
    ['2004-02-29', 4, '2008-02-29'],
    ['2000-01-31', 25, '2025-01-31'],
    ['0004-02-29', 1, '0005-03-01'],
  ])('born %s reaches %i on %s', (lahir, tahun, expected) => {
    expect(computeTanggalUsia(lahir, tahun)).toBe(expected);
  });

  it.each([-1, 1.5, 151])('refuses %d years', (tahun) => {
    expect(() => computeTanggalUsia('2000-01-01', tahun)).toThrow(
      ImpInputError,
    );
  });
});

describe('readTanggal', () => {
  const accepts = (value: unknown) => TanggalSchema.safeParse(value).success;
  const digitsArb = (n: number) =>
    fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => pad(v, n));
  // Dates of the right shape whose month and day may not exist, so that
  // every month end, leap day and century year is tried.
  const shapedArb = fc
    .tuple(
      fc.oneof(digitsArb(4), fc.constantFrom('0000', '1900', '2000', '2100')),
      fc.integer({ min: 0, max: 13 }).map((m) => pad(m, 2)),
      fc.integer({ min: 0, max: 32 }).map((d) => pad(d, 2)),
    )
    .map(([y, m, d]) => `${y}-${m}-${d}`);
  const nearArb = fc.string({
    unit: fc.constantFrom(...'0123456789-/ T:Z١'),
    minLength: 8,
    maxLength: 12,
  });

  test.prop([fc.oneof(shapedArb, nearArb, tanggalArb(0, 9999), fc.anything())])(
    'accepts exactly what TanggalSchema accepts',
    (value) => {
      expect(readTanggal(value) >= 0).toBe(accepts(value));
    },
  );

  test.prop([tanggalArb(0, 9999)])(
    'reads a real date as the number YYYYMMDD',
    (tanggal) => {
      expect(readTanggal(tanggal)).toBe(Number(tanggal.replaceAll('-', '')));
    },
  );

  it.each([
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['0000-02-29', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-28', true],
    ['2023-04-30', true],
    ['2023-04-31', false],
    ['2023-12-31', true],
    ['2023-12-32', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['2023-1-01', false],
    ['2023/01/01', false],
    ['２０２３-01-01', false],
    ['2023-01-01T00:00', false],
  ])('reads %s as a real date: %s', (value, real) => {
    expect(readTanggal(value) >= 0).toBe(real);
    expect(accepts(value)).toBe(real);
  });
});

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
