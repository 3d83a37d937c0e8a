import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Kepengurusan, validateKepengurusan } from '../src/index.js';
import { issuesOf } from './support/issues.js';
import {
  kepengurusanLengkapArb,
  POSISI_WAJIB,
} from './support/kepengurusan.js';

const desaDari = (k: Kepengurusan) => {
  const rws = [...new Set((k.kelompokKb ?? []).map((x) => x.rw))];
  return {
    kode: '32.04.11.2001',
    nama: 'Sukamaju',
    rw: rws.map((rw) => ({
      nomor: rw,
      rt: (k.kelompokKb ?? [])
        .filter((x) => x.rw === rw)
        .map((x) => ({ nomor: x.rt })),
    })),
  };
};

describe('validateKepengurusan', () => {
  test.prop([kepengurusanLengkapArb])(
    'returns no finding for every complete roster, with or without a desa',
    (k) => {
      expect(validateKepengurusan(k)).toEqual({ lengkap: true, temuan: [] });
      expect(validateKepengurusan(k, { desa: desaDari(k) }).lengkap).toBe(true);
    },
  );

  test.prop([kepengurusanLengkapArb, fc.constantFrom(...POSISI_WAJIB)])(
    'returns exactly the finding of a required position that is removed',
    (k, [id, remove]) => {
      const { lengkap, temuan } = validateKepengurusan(remove(k));
      expect(lengkap).toBe(false);
      expect(temuan.map((t) => t.id)).toEqual([id]);
      expect(temuan[0]?.citation.ref).toMatch(
        /^Lampiran BAB III huruf B angka 1 huruf [abc]/,
      );
    },
  );

  test.prop([kepengurusanLengkapArb, fc.subarray([...POSISI_WAJIB])])(
    'returns one finding per removed position, in the order of the clause',
    (k, removed) => {
      const roster = removed.reduce((r, [, remove]) => remove(r), k);
      const ids = validateKepengurusan(roster).temuan.map((t) => t.id);
      expect(ids).toEqual(removed.map(([id]) => id));
    },
  );

  it('reports a single-leader IMP as shortfalls, without refusing it', () => {
    const result = validateKepengurusan({
      ketua: { nama: 'Ahmad' },
      dipilihMelaluiMusyawarah: true,
    });
    expect(result.temuan.map((t) => t.id)).toEqual([
      'penanggung-jawab-kosong',
      'pembina-kosong',
      'sekretaris-kosong',
      'bendahara-kosong',
      'bidang-data-kosong',
      'bidang-kie-penggerakan-kosong',
      'bidang-pelayanan-kosong',
      'sub-imp-kosong',
      'kelompok-kb-kosong',
    ]);
  });

  test.prop([kepengurusanLengkapArb])(
    'names each RW without a Sub IMP and each RT without a Kelompok KB',
    (k) => {
      const desa = desaDari(k);
      const last = desa.rw.at(-1);
      const extra = {
        ...desa,
        rw: [...desa.rw, { nomor: 9, rt: [{ nomor: 1 }, { nomor: 2 }] }],
      };
      const temuan = validateKepengurusan(k, { desa: extra }).temuan;
      expect(temuan.map(({ id, rw, rt }) => ({ id, rw, rt }))).toEqual([
        { id: 'sub-imp-kosong', rw: 9, rt: undefined },
        { id: 'kelompok-kb-kosong', rw: 9, rt: 1 },
        { id: 'kelompok-kb-kosong', rw: 9, rt: 2 },
      ]);
      expect(last).toBeDefined();
      expect(temuan[0]?.citation.ref).toBe(
        'Lampiran BAB III huruf B angka 1 huruf c angka 5)',
      );
      expect(temuan[1]?.citation.ref).toBe(
        'Lampiran BAB III huruf B angka 1 huruf c angka 6)',
      );
    },
  );

  test.prop([kepengurusanLengkapArb])(
    'reports holders the decree does not allow, each with its clause',
    (k) => {
      const roster = {
        ...k,
        penanggungJawab: { nama: 'Budi', jabatan: 'lainnya' as const },
        pembina: [
          { nama: 'Dedi', unsur: 'plkb' as const },
          { nama: 'Eko', unsur: 'lainnya' as const },
        ],
        dipilihMelaluiMusyawarah: false,
      };
      const temuan = validateKepengurusan(roster).temuan;
      expect(
        temuan.map(({ id, indeks, citation }) => [id, indeks, citation.ref]),
      ).toEqual([
        [
          'penanggung-jawab-tidak-sesuai',
          undefined,
          'Lampiran BAB III huruf B angka 2 huruf a',
        ],
        ['pembina-tidak-sesuai', 1, 'Lampiran BAB III huruf B angka 2 huruf b'],
        [
          'musyawarah-tidak-sesuai',
          undefined,
          'Lampiran BAB III huruf B angka 2 huruf c',
        ],
      ]);
    },
  );

  test.prop([kepengurusanLengkapArb])(
    'names the musyawarah as unknown when the roster does not say',
    (k) => {
      const { dipilihMelaluiMusyawarah: _, ...roster } = k;
      expect(validateKepengurusan(roster).temuan.map((t) => t.id)).toEqual([
        'musyawarah-tidak-diketahui',
      ]);
    },
  );

  test.prop([kepengurusanLengkapArb])('does not change its input', (k) => {
    const before = structuredClone(k);
    validateKepengurusan(k, { desa: desaDari(k) });
    expect(k).toEqual(before);
  });

  it('throws listing a bad NIK and an unknown option, never the NIK', () => {
    expect(
      issuesOf(() =>
        validateKepengurusan(
          { ketua: { nama: 'Ahmad', nik: '3204110501010000' } },
          { rw: 2 } as never,
        ),
      ),
    ).toEqual([
      { code: 'invalid_input', path: ['kepengurusan', 'ketua', 'nik'] },
      { code: 'unrecognized_key', path: ['options', 'rw'] },
    ]);
  });
});
