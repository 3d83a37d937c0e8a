import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  classifyImp,
  type KlasifikasiResult,
  PERAN_BAKTI,
  type Penilaian,
  safeClassifyImp,
} from '../../src/index.js';
import { issuesOf } from '../support/issues.js';
import {
  BINA,
  improvementArb,
  join,
  penilaianArb,
  penilaianBerkembang,
  penilaianDasar,
  penilaianKosong,
  penilaianMandiri,
  penilaianMemenuhi,
  UPAYA,
} from '../support/penilaian.js';

const RANK = { dasar: 1, berkembang: 2, mandiri: 3 } as const;
const rank = (r: KlasifikasiResult) =>
  r.klasifikasi === null ? 0 : RANK[r.klasifikasi];
const dasarArb = fc.constantFrom('minimal' as const, 'lengkap' as const);
const ids = (r: { kurang: readonly { id: string }[] }) =>
  r.kurang.map((k) => k.id);

describe('classifyImp', () => {
  test.prop([improvementArb, dasarArb])(
    'never lowers class or skor when any fact improves',
    ([before, after], dasar) => {
      const a = classifyImp(before, { dasar });
      const b = classifyImp(after, { dasar });
      expect(rank(b)).toBeGreaterThanOrEqual(rank(a));
      expect(b.skor).toBeGreaterThanOrEqual(a.skor);
    },
  );

  test.prop([penilaianArb, dasarArb])(
    'gives a skor from 0 to 18 equal to the sum of the six tingkat',
    (penilaian, dasar) => {
      const r = classifyImp(penilaian, { dasar });
      const sum = Object.values(r.peranBakti).reduce(
        (s, p) => s + p.tingkat,
        0,
      );
      expect(r.skor).toBe(sum);
      expect(r.skor).toBeGreaterThanOrEqual(0);
      expect(r.skor).toBeLessThanOrEqual(18);
    },
  );

  test.prop([penilaianArb])(
    "never gives a higher class under 'lengkap' than under 'minimal'",
    (penilaian) => {
      const minimal = classifyImp(penilaian);
      const lengkap = classifyImp(penilaian, { dasar: 'lengkap' });
      expect(rank(lengkap)).toBeLessThanOrEqual(rank(minimal));
    },
  );

  test.prop([penilaianArb, dasarArb])(
    'has an empty kurang exactly when Mandiri is reached',
    (penilaian, dasar) => {
      const r = classifyImp(penilaian, { dasar });
      expect(r.kurang.length === 0).toBe(r.klasifikasi === 'mandiri');
    },
  );

  test.prop([penilaianArb, dasarArb])(
    'reaches the next class when exactly the listed criteria are added',
    (penilaian, dasar) => {
      const r = classifyImp(penilaian, { dasar });
      fc.pre(r.klasifikasi !== 'mandiri');
      const added = join(penilaian, penilaianMemenuhi(ids(r)));
      expect(rank(classifyImp(added, { dasar }))).toBeGreaterThan(rank(r));
    },
  );

  test.prop([penilaianArb, dasarArb])(
    'does not reach the next class when any one listed criterion is unmet',
    (penilaian, dasar) => {
      const r = classifyImp(penilaian, { dasar });
      fc.pre(r.kurang.length > 0);
      for (const left of ids(r)) {
        const out = withLater(left);
        const rest = ids(r).filter((id) => !out.includes(id));
        const short = join(penilaian, penilaianMemenuhi(rest));
        expect(rank(classifyImp(short, { dasar }))).toBe(rank(r));
      }
    },
  );

  test.prop([penilaianArb])(
    'lists, for each Peran Bakti, only unmet criteria of its next tingkat',
    (penilaian) => {
      const r = classifyImp(penilaian);
      const level = { dasar: 1, berkembang: 2, mandiri: 3 };
      for (const [id, p] of Object.entries(r.peranBakti)) {
        expect(p.kurang.length === 0).toBe(p.tingkat === 3);
        for (const k of p.kurang) {
          expect(k.peranBakti).toBe(id);
          expect(level[k.klasifikasi]).toBe(p.tingkat + 1);
        }
      }
    },
  );

  test.prop([penilaianArb])('counts repeated list entries once', (p) => {
    const doubled: Penilaian = {
      ...p,
      pelayanan: {
        ...p.pelayanan,
        binaKeluarga: [
          ...p.pelayanan.binaKeluarga,
          ...p.pelayanan.binaKeluarga,
        ],
      },
      kemandirian: { upaya: [...p.kemandirian.upaya, ...p.kemandirian.upaya] },
    };
    expect(classifyImp(doubled)).toEqual(classifyImp(p));
  });

  it('returns each class for the builder that meets exactly it', () => {
    expect(classifyImp(penilaianKosong()).klasifikasi).toBeNull();
    expect(classifyImp(penilaianDasar()).klasifikasi).toBe('dasar');
    expect(classifyImp(penilaianDasar()).skor).toBe(6);
    expect(classifyImp(penilaianBerkembang()).klasifikasi).toBe('berkembang');
    expect(classifyImp(penilaianBerkembang()).skor).toBe(14);
    expect(classifyImp(penilaianMandiri()).klasifikasi).toBe('mandiri');
    expect(classifyImp(penilaianMandiri()).skor).toBe(18);
  });

  it('returns Dasar under the floor reading when only organisation holds', () => {
    const only = penilaianMemenuhi([
      'pengorganisasian.kepengurusan',
      'pengorganisasian.pembagian-tugas',
    ]);
    expect(classifyImp(only).klasifikasi).toBe('dasar');
    const lengkap = classifyImp(only, { dasar: 'lengkap' });
    expect(lengkap.klasifikasi).toBeNull();
    expect(ids(lengkap)).toContain('pelayanan.rujukan');
    expect(ids(lengkap)).not.toContain('pelayanan.uppka');
  });

  it('names only organisation criteria for Dasar under the floor reading', () => {
    expect(ids(classifyImp(penilaianKosong()))).toEqual([
      'pengorganisasian.kepengurusan',
      'pengorganisasian.pembagian-tugas',
    ]);
  });

  it('returns the top tingkat for advocacy once Berkembang holds there', () => {
    const r = classifyImp(penilaianBerkembang());
    expect(r.peranBakti.advokasiKie.tingkat).toBe(3);
    expect(r.peranBakti.pencatatan.tingkat).toBe(3);
    expect(ids(r)).toEqual([
      'pengorganisasian.bidang',
      'pertemuan.berjenjang',
      'pelayanan.bina-keluarga-lengkap',
      'kemandirian.upaya-3',
    ]);
  });

  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
  ])('gives pelayanan tingkat for %i bina keluarga kinds', (n, tingkat) => {
    const p = penilaianBerkembang();
    p.pelayanan.binaKeluarga = BINA.slice(0, n);
    expect(classifyImp(p).peranBakti.pelayanan.tingkat).toBe(tingkat);
  });

  it('counts PIK Remaja toward the two kinds of Berkembang', () => {
    const p = penilaianBerkembang();
    p.pelayanan.binaKeluarga = ['pik-remaja', 'bkl'];
    expect(classifyImp(p).klasifikasi).toBe('berkembang');
  });

  it('gives pertemuan tingkat 1 for meetings now and then without a plan', () => {
    const p = penilaianKosong();
    p.pertemuan.pelaksanaan = 'tidak-berkala';
    const { pertemuan } = classifyImp(p).peranBakti;
    expect(pertemuan.tingkat).toBe(1);
    expect(pertemuan.kurang.map((k) => k.id)).toContain(
      'pertemuan.rencana-kerja',
    );
  });

  it('names R/R in a Rumah DataKU as lacking when records are simple', () => {
    const p = penilaianBerkembang();
    p.pencatatan.cara = 'sederhana';
    const r = classifyImp(p);
    expect(r.klasifikasi).toBe('dasar');
    expect(ids(r)).toEqual(['pencatatan.pola-rr-rumah-dataku']);
  });

  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
  ])('gives kemandirian tingkat for %i distinct efforts', (n, tingkat) => {
    const p = penilaianKosong();
    p.kemandirian.upaya = UPAYA.slice(0, n);
    expect(classifyImp(p).peranBakti.kemandirian.tingkat).toBe(tingkat);
  });

  it('cites each listed criterion to BAB IV huruf C', () => {
    for (const k of classifyImp(penilaianKosong(), { dasar: 'lengkap' })
      .kurang) {
      expect(k.citation.ref).toMatch(/^Lampiran BAB IV huruf C angka 1 /);
    }
  });

  test.prop([penilaianArb])('returns a frozen result', (p) => {
    const r = classifyImp(p);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.peranBakti.pelayanan.kurang)).toBe(true);
  });

  test.prop([penilaianArb])('does not change its input', (p) => {
    const before = structuredClone(p);
    classifyImp(p, { dasar: 'lengkap' });
    expect(p).toEqual(before);
  });

  it('refuses an unknown option and a bad fact, listing both', () => {
    const bad = penilaianDasar() as unknown as Record<string, never>;
    const issues = issuesOf(() =>
      classifyImp(
        { ...bad, pencatatan: { cara: 'buku' } } as never,
        {
          dasar: 'ketat',
          x: 1,
        } as never,
      ),
    );
    expect(issues).toEqual([
      { code: 'invalid_value', path: ['penilaian', 'pencatatan', 'cara'] },
      { code: 'invalid_value', path: ['options', 'dasar'] },
      { code: 'unrecognized_key', path: ['options', 'x'] },
    ]);
  });
});

describe('PERAN_BAKTI', () => {
  it('cites the six roles to huruf a to f, not to their explanation', () => {
    expect(PERAN_BAKTI.map((p) => p.citation.ref)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f'].map(
        (huruf) => `Lampiran BAB IV huruf A angka 2 huruf ${huruf}`,
      ),
    );
  });
});

describe('safeClassifyImp', () => {
  it('returns the result or the error as a value', () => {
    expect(safeClassifyImp(penilaianDasar()).success).toBe(true);
    expect(safeClassifyImp(null as never).success).toBe(false);
  });
});

// A criterion implied by a later one in its chain (two kinds imply one)
// is left out together with those later ones.
const CHAINS = [
  [
    'pengorganisasian.pembagian-tugas',
    'pengorganisasian.pembagian-tugas-jelas',
  ],
  ['pertemuan.pelaksanaan', 'pertemuan.rutin-bulanan'],
  ['pencatatan.sederhana', 'pencatatan.pola-rr-rumah-dataku'],
  [
    'pelayanan.bina-keluarga-1',
    'pelayanan.bina-keluarga-2',
    'pelayanan.bina-keluarga-lengkap',
  ],
  ['kemandirian.upaya-1', 'kemandirian.upaya-2', 'kemandirian.upaya-3'],
];

function withLater(id: string): string[] {
  const chain = CHAINS.find((c) => c.includes(id)) ?? [id];
  return chain.slice(chain.indexOf(id));
}
