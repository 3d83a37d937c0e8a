import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import {
  type Citation,
  KEPUTUSAN_84_2024,
  UU_1_1974,
  UU_16_2019,
} from '../src/index.js';

/** Every citation reachable from the exported values and sample results. */
function citationsIn(value: unknown, seen = new Set<unknown>()): Citation[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) {
    return [];
  }
  seen.add(value);
  const own =
    'instrument' in value && 'ref' in value ? [value as Citation] : [];
  return [
    ...own,
    ...Object.values(value).flatMap((child) => citationsIn(child, seen)),
  ];
}

// The shape README.md of the regulation sets for a clause of the decree:
// from the outside in, as printed.
const DECREE_REF =
  /^(Diktum [A-Z]+|Lampiran BAB [IVX]+( \(Pemantauan dan Evaluasi\))?( huruf [A-Za-z]\)?| angka \d+\)?| penjelasan)+)$/;
const LAW_REF = /^Pasal [IVX\d]+( ayat \(\d+\))?( huruf [a-z])?$/;

const citations = citationsIn([
  library,
  library.assessPus(
    { menikah: true, istri: { tanggalLahir: '1990-01-01' } },
    '2025-01-01',
  ),
  library.assessPup(
    { jenisKelamin: 'perempuan', tanggalLahir: '1990-01-01' },
    '2010-01-01',
  ),
  library.validateKepengurusan(
    { pembina: [{ nama: 'Eko', unsur: 'lainnya' }] },
    { desa: { kode: '32.04.11.2001', nama: 'Sukamaju', rw: [{ nomor: 1 }] } },
  ),
  library.decodeNik('3204115708900001', '2025-01-01'),
  library.findWadahPembinaan('bkb', 'rt'),
  library.mapNamaLama('ppkbd'),
]);

describe('citations', () => {
  it('are found in the exported catalogues and results', () => {
    expect(citations.length).toBeGreaterThan(3);
  });

  it.each(citations.map((c) => [c.instrument, c.ref, c]))(
    'of %s, %s, are written as the drafting convention asks',
    (_instrument, _ref, citation) => {
      const c = citation as Citation;
      const known = [KEPUTUSAN_84_2024, UU_1_1974, UU_16_2019].map(
        (i) => i.nama,
      );
      expect(known).toContain(c.instrument);
      const format =
        c.instrument === KEPUTUSAN_84_2024.nama ? DECREE_REF : LAW_REF;
      expect(c.ref).toMatch(format);
      expect(Object.isFrozen(c)).toBe(true);
    },
  );
});
