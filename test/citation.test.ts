import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import {
  type Citation,
  KEPUTUSAN_84_2024,
  UU_1_1974,
  UU_13_1998,
  UU_16_2019,
} from '../src/index.js';

type Found = { citation: Citation; operasional: boolean };

/**
 * Every citation reachable from the exported values and sample results,
 * and whether it sits under an entry marked `operasional: true`: the
 * source of a term the decree uses without defining it.
 */
function citationsIn(
  value: unknown,
  operasional = false,
  seen = { true: new Set<unknown>(), false: new Set<unknown>() },
): Found[] {
  const visited = seen[`${operasional}`];
  if (typeof value !== 'object' || value === null || visited.has(value)) {
    return [];
  }
  visited.add(value);
  const below =
    operasional || (value as { operasional?: unknown }).operasional === true;
  const own =
    'instrument' in value && 'ref' in value
      ? [{ citation: value as Citation, operasional: below }]
      : [];
  return [
    ...own,
    ...Object.values(value).flatMap((child) => citationsIn(child, below, seen)),
  ];
}

// The shape README.md of the regulation sets for a clause of the decree:
// from the outside in, as printed.
const DECREE_REF =
  /^(Diktum [A-Z]+|Lampiran BAB [IVX]+( \(Pemantauan dan Evaluasi\))?( huruf [A-Za-z]\)?| angka \d+\)?| penjelasan)+)$/;
const LAW_REF = /^Pasal [IVX\d]+( ayat \(\d+\))?( angka \d+)?( huruf [a-z])?$/;

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

  const KNOWN = [KEPUTUSAN_84_2024, UU_1_1974, UU_13_1998, UU_16_2019].map(
    (i) => i.nama,
  );
  const legal = citations.filter((c) => KNOWN.includes(c.citation.instrument));
  const others = citations.filter(
    (c) => !KNOWN.includes(c.citation.instrument),
  );

  it.each(legal.map(({ citation: c }) => [c.instrument, c.ref, c]))(
    'of %s, %s, are written as the drafting convention asks',
    (_instrument, _ref, citation) => {
      const c = citation as Citation;
      const format =
        c.instrument === KEPUTUSAN_84_2024.nama ? DECREE_REF : LAW_REF;
      expect(c.ref).toMatch(format);
      expect(Object.isFrozen(c)).toBe(true);
    },
  );

  it.each(
    others.map(({ citation: c, operasional }) => [
      c.instrument,
      c,
      operasional,
    ]),
  )(
    'of %s, outside the known instruments, are operational sources',
    (_instrument, citation, operasional) => {
      const c = citation as Citation;
      expect(operasional).toBe(true);
      expect(c.instrument.trim()).not.toBe('');
      expect(c.ref.trim()).not.toBe('');
      expect(Object.isFrozen(c)).toBe(true);
    },
  );
});
