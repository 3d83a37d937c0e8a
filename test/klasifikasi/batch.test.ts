import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  classifyImp,
  KRITERIA,
  mergeKlasifikasiSummary,
  type Penilaian,
  summarizeKlasifikasi,
} from '../../src/index.js';
import { issuesOf } from '../support/issues.js';
import {
  penilaianArb,
  penilaianBerkembang,
  penilaianDasar,
  penilaianKosong,
  penilaianMandiri,
} from '../support/penilaian.js';

function* generate(list: readonly Penilaian[]) {
  for (const p of list) yield p;
}

describe('summarizeKlasifikasi', () => {
  test.prop([fc.array(penilaianArb, { maxLength: 20 })])(
    'counts each IMP once per class and per skor, from a generator',
    (list) => {
      const s = summarizeKlasifikasi(generate(list));
      expect(s.jumlah).toBe(list.length);
      expect(Object.values(s.klasifikasi).reduce((a, b) => a + b, 0)).toBe(
        list.length,
      );
      expect(s.skor).toHaveLength(19);
      expect(s.skor.reduce((a, b) => a + b, 0)).toBe(list.length);
      for (const p of list)
        expect(s.skor[classifyImp(p).skor]).toBeGreaterThan(0);
    },
  );

  test.prop([fc.array(penilaianArb, { maxLength: 20 })])(
    'ranks each missing criterion by how many IMP lack it',
    (list) => {
      const s = summarizeKlasifikasi(list, { dasar: 'lengkap' });
      for (const { kriteria, jumlah } of s.kurang) {
        const lacking = list.filter((p) =>
          classifyImp(p, { dasar: 'lengkap' }).kurang.some(
            (k) => k.id === kriteria.id,
          ),
        );
        expect(jumlah).toBe(lacking.length);
      }
      const counts = s.kurang.map((k) => k.jumlah);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    },
  );

  it('returns one of each class for the four builders', () => {
    const s = summarizeKlasifikasi([
      penilaianKosong(),
      penilaianDasar(),
      penilaianBerkembang(),
      penilaianMandiri(),
    ]);
    expect(s.klasifikasi).toEqual({
      dasar: 1,
      berkembang: 1,
      mandiri: 1,
      'belum-terklasifikasi': 1,
    });
    expect([s.skor[0], s.skor[6], s.skor[14], s.skor[18]]).toEqual([
      1, 1, 1, 1,
    ]);
  });

  it('refuses an invalid entry with its index in the path', () => {
    const bad = { ...penilaianDasar(), pencatatan: { cara: 'buku' } };
    expect(
      issuesOf(() => summarizeKlasifikasi([penilaianDasar(), bad as never])),
    ).toEqual([
      { code: 'invalid_value', path: ['penilaian', 1, 'pencatatan', 'cara'] },
    ]);
  });

  it('refuses a value that is not iterable', () => {
    expect(issuesOf(() => summarizeKlasifikasi(42 as never))).toEqual([
      { code: 'invalid_type', path: ['penilaian'] },
    ]);
  });
});

describe('mergeKlasifikasiSummary', () => {
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  test.prop([
    fc.array(penilaianArb, { maxLength: 16 }),
    fc.nat(16),
    fc.constantFrom('minimal' as const, 'lengkap' as const),
  ])(
    'gives the summary of the whole batch from the summaries of two slices',
    (list, cut, dasar) => {
      const head = summarizeKlasifikasi(list.slice(0, cut), { dasar });
      const tail = summarizeKlasifikasi(list.slice(cut), { dasar });
      const whole = summarizeKlasifikasi(list, { dasar });
      expect(mergeKlasifikasiSummary(head, tail)).toEqual(whole);
      // As it comes back from a worker thread: plain copies of criteria.
      expect(mergeKlasifikasiSummary(copy(head), copy(tail))).toEqual(whole);
    },
  );

  test.prop([fc.array(penilaianArb, { maxLength: 12 })])(
    'has the summary of no IMP as its identity, on either side',
    (list) => {
      const s = summarizeKlasifikasi(list);
      const none = summarizeKlasifikasi([]);
      expect(mergeKlasifikasiSummary(s, none)).toEqual(s);
      expect(mergeKlasifikasiSummary(none, s)).toEqual(s);
    },
  );

  it('returns the catalogue criteria, frozen, from plain copies', () => {
    const s = copy(summarizeKlasifikasi([penilaianKosong()]));
    const merged = mergeKlasifikasiSummary(s, summarizeKlasifikasi([]));
    expect(Object.isFrozen(merged)).toBe(true);
    expect(merged.kurang[0]?.kriteria).toBe(
      KRITERIA.find((k) => k.id === merged.kurang[0]?.kriteria.id),
    );
  });

  it('refuses an unknown criterion and a short score list, in both', () => {
    const s = copy(summarizeKlasifikasi([penilaianKosong()]));
    const bad = {
      ...s,
      kurang: [{ kriteria: { id: 'pertemuan.tidak-ada' }, jumlah: 1 }],
    };
    expect(
      issuesOf(() => mergeKlasifikasiSummary(bad, { ...s, skor: [1] })),
    ).toEqual([
      { code: 'invalid_value', path: ['a', 'kurang', 0, 'kriteria', 'id'] },
      { code: 'out_of_range', path: ['b', 'skor'] },
    ]);
  });

  it('does not change its inputs', () => {
    const a = copy(summarizeKlasifikasi([penilaianDasar()]));
    const b = copy(summarizeKlasifikasi([penilaianMandiri()]));
    const before = copy([a, b]);
    mergeKlasifikasiSummary(a, b);
    expect([a, b]).toEqual(before);
  });
});
