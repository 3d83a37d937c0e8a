import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  findWadahPembinaan,
  INSTITUSI,
  InstitusiSchema,
  JenisPoktanSchema,
  mapNamaLama,
  NamaLamaSchema,
  POKTAN,
  TingkatInstitusiSchema,
  WADAH_KEGIATAN,
} from '../src/index.js';
import { issuesOf } from './support/issues.js';

const jenisArb = fc.constantFrom(...JenisPoktanSchema.options);
const tingkatArb = fc.constantFrom(...TingkatInstitusiSchema.options);

describe('INSTITUSI', () => {
  it('places one institution at each tier, each citing its definition', () => {
    expect(
      InstitusiSchema.options.map((id) => [
        INSTITUSI[id].tingkat,
        INSTITUSI[id].citation.ref,
      ]),
    ).toEqual([
      [['desa-kelurahan'], 'Lampiran BAB I huruf D angka 13'],
      [['rw'], 'Lampiran BAB I huruf D angka 14'],
      [['rt'], 'Lampiran BAB I huruf D angka 15'],
    ]);
    expect(Object.isFrozen(INSTITUSI['kelompok-kb'].tingkat)).toBe(true);
  });
});

describe('POKTAN', () => {
  it('has one entry per kind, keyed by id, with its defining clause', () => {
    expect(Object.keys(POKTAN).sort()).toEqual(
      [...JenisPoktanSchema.options].sort(),
    );
    expect(
      Object.entries(POKTAN).map(([key, entry]) => [key, entry.citation.ref]),
    ).toEqual(
      expect.arrayContaining([
        ['bkb', 'Lampiran BAB I huruf D angka 5'],
        ['pik-remaja', 'Lampiran BAB I huruf D angka 7'],
        ['bkl', 'Lampiran BAB I huruf D angka 8'],
        ['rumah-dataku', 'Lampiran BAB I huruf D angka 10'],
      ]),
    );
    for (const [key, entry] of Object.entries(POKTAN)) {
      expect(entry.id).toBe(key);
    }
  });

  it('names no tier for Rumah Dataku and the RT for a Kelompok KB', () => {
    expect([
      POKTAN['rumah-dataku'].tingkat,
      POKTAN['kelompok-kb'].tingkat,
    ]).toEqual([[], ['rt']]);
  });
});

describe('findWadahPembinaan', () => {
  it.each([
    ['desa-kelurahan', 'imp-bangga-kencana'],
    ['rw', 'sub-imp-bangga-kencana'],
    ['rt', 'kelompok-kb'],
  ] as const)(
    'returns for a tabled Poktan at %s the institution %s',
    (tingkat, wadah) => {
      for (const jenis of [
        'bkb',
        'bkr',
        'bkl',
        'pik-remaja',
        'uppka',
      ] as const) {
        expect(findWadahPembinaan(jenis, tingkat).wadah).toBe(wadah);
      }
    },
  );

  test.prop([fc.constantFrom('kelompok-kb', 'rumah-dataku'), tingkatArb])(
    'returns null when the table names no wadah for the kind',
    (jenis, tingkat) => {
      const result = findWadahPembinaan(jenis, tingkat);
      expect(result.wadah).toBeNull();
      expect(result.citation.ref).toBe('Lampiran BAB IV huruf B');
    },
  );

  test.prop([jenisArb, tingkatArb])(
    'returns a wadah of the tier asked, whenever it returns one',
    (jenis, tingkat) => {
      const { wadah } = findWadahPembinaan(jenis, tingkat);
      if (wadah !== null) expect(INSTITUSI[wadah].tingkat).toEqual([tingkat]);
    },
  );

  it('throws naming both arguments when neither is documented', () => {
    expect(
      issuesOf(() => findWadahPembinaan('arisan' as never, 'dusun' as never)),
    ).toEqual([
      { code: 'invalid_value', path: ['jenis'] },
      { code: 'invalid_value', path: ['tingkat'] },
    ]);
  });
});

describe('WADAH_KEGIATAN', () => {
  it('cites the explanation of the kader roles for each place', () => {
    expect(Object.values(WADAH_KEGIATAN).map((w) => w.citation.ref)).toEqual([
      'Lampiran BAB IV huruf A angka 2 penjelasan huruf b',
      'Lampiran BAB IV huruf A angka 2 penjelasan huruf c',
      'Lampiran BAB IV huruf A angka 2 penjelasan huruf d',
    ]);
  });
});

describe('mapNamaLama', () => {
  it.each([
    ['ppkbd', 'imp-bangga-kencana'],
    ['sub-ppkbd', 'sub-imp-bangga-kencana'],
    ['pok-kb', 'kelompok-kb'],
  ] as const)(
    'returns for %s the institution %s, keeping the old name',
    (lama, baru) => {
      const result = mapNamaLama(lama);
      expect([result.institusi, result.namaLama, result.citation.ref]).toEqual([
        baru,
        lama,
        'Diktum KETUJUH',
      ]);
    },
  );

  it('maps the old names one to one, so that none is lost', () => {
    const baru = NamaLamaSchema.options.map((n) => mapNamaLama(n).institusi);
    expect(new Set(baru).size).toBe(NamaLamaSchema.options.length);
  });

  it('throws for a name it does not know', () => {
    expect(issuesOf(() => mapNamaLama('PPKBD' as never))).toEqual([
      { code: 'invalid_value', path: ['namaLama'] },
    ]);
  });
});
