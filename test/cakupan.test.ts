import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  assessCakupan,
  type JenisPoktan,
  TARGET_CAKUPAN,
} from '../src/index.js';
import { issuesOf } from './support/issues.js';
import { desaArb } from './support/wilayah.js';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

const desaDenganPoktan = (poktan: JenisPoktan[]) => ({
  kode: '32.04.11.2001',
  nama: 'Sukamaju',
  imp: true,
  rw: [{ nomor: 1, subImp: true, poktan }],
});

describe('assessCakupan', () => {
  test.prop([desaArb])(
    'returns totals that are the sums over the RW',
    (desa) => {
      const { jumlah, perRw } = assessCakupan(desa);
      expect(jumlah.rw).toBe(desa.rw?.length);
      expect(jumlah.rt).toBe(
        sum((desa.rw ?? []).map((rw) => rw.rt?.length ?? 0)),
      );
      expect(jumlah.subImp).toBe(perRw.filter((r) => r.subImp).length);
      expect(jumlah.kelompokKb).toBe(sum(perRw.map((r) => r.kelompokKb)));
    },
  );

  test.prop([desaArb])(
    'returns one gap per place short of its target, so gaps and counts add up',
    (desa) => {
      const { imp, jumlah, kekurangan } = assessCakupan(desa);
      const count = (id: string) =>
        kekurangan.filter((k) => k.id === id).length;
      expect(count('imp-belum-ada')).toBe(imp ? 0 : 1);
      expect(count('sub-imp-belum-ada')).toBe(jumlah.rw - jumlah.subImp);
      expect(count('poktan-kurang')).toBe(jumlah.rw - jumlah.rwPoktanCukup);
      expect(count('kelompok-kb-belum-ada')).toBe(
        jumlah.rt - jumlah.kelompokKb,
      );
    },
  );

  it.each([
    [2, ['bkb', 'bkr'], true],
    [3, ['bkb', 'bkr', 'bkl'], false],
    [4, ['bkb', 'bkr', 'bkl', 'uppka'], false],
  ] as const)(
    'with %i Poktan in an RW reports a shortfall: %s',
    (_n, poktan, kurang) => {
      const ids = assessCakupan(desaDenganPoktan([...poktan])).kekurangan.map(
        (k) => k.id,
      );
      expect(ids.includes('poktan-kurang')).toBe(kurang);
      expect(TARGET_CAKUPAN.poktanPerRw).toBe(3);
    },
  );

  it('counts the Poktan of each RT in its RW, not those of the desa', () => {
    const result = assessCakupan({
      ...desaDenganPoktan(['bkb']),
      poktan: ['bkl', 'uppka'],
      rw: [
        {
          nomor: 1,
          subImp: true,
          poktan: ['bkb'],
          rt: [
            { nomor: 1, kelompokKb: true, poktan: ['bkr'] },
            { nomor: 2, kelompokKb: false, poktan: ['pik-remaja'] },
          ],
        },
      ],
    });
    expect(result.perRw[0]?.poktan).toBe(3);
    expect(result.kekurangan.map(({ id, rw, rt }) => [id, rw, rt])).toEqual([
      ['kelompok-kb-belum-ada', 1, 2],
    ]);
    expect(result.citation.ref).toBe('Lampiran BAB IV huruf A angka 1');
  });

  it('names a desa without an IMP first', () => {
    const result = assessCakupan({ kode: '32.04.11.2001', nama: 'Sukamaju' });
    expect(result.kekurangan.map((k) => k.id)).toEqual(['imp-belum-ada']);
  });

  test.prop([desaArb])('does not change its input', (desa) => {
    const before = structuredClone(desa);
    assessCakupan(desa);
    expect(desa).toEqual(before);
  });

  it('throws as validateDesa does for a repeated RW', () => {
    expect(
      issuesOf(() =>
        assessCakupan({
          kode: '32.04.11.2001',
          nama: 'Sukamaju',
          rw: [{ nomor: 1 }, { nomor: 1 }],
        }),
      ),
    ).toEqual([{ code: 'duplicate_value', path: ['desa', 'rw', 1, 'nomor'] }]);
  });
});
