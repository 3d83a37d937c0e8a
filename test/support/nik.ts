import * as fc from 'fast-check';
import type { JenisKelamin } from '../../src/index.js';
import { tanggalArb } from './tanggal.js';

/** Builds a NIK from its parts; `region` is six digits. */
export function buildNik(
  region: string,
  tanggalLahir: string,
  jenisKelamin: JenisKelamin,
  urut = '0001',
): string {
  const [yyyy, mm, dd] = tanggalLahir.split('-') as [string, string, string];
  const hari = Number(dd) + (jenisKelamin === 'perempuan' ? 40 : 0);
  const ddNik = String(hari).padStart(2, '0');
  return `${region}${ddNik}${mm}${yyyy.slice(2)}${urut}`;
}

/** A valid NIK with the facts it was built from. */
export const nikArb = fc
  .record({
    region: fc.stringMatching(/^\d{6}$/),
    tanggalLahir: tanggalArb(1901, 2099),
    jenisKelamin: fc.constantFrom<JenisKelamin>('laki-laki', 'perempuan'),
    urut: fc
      .integer({ min: 1, max: 9999 })
      .map((n) => String(n).padStart(4, '0')),
  })
  .map((facts) => ({
    ...facts,
    nik: buildNik(
      facts.region,
      facts.tanggalLahir,
      facts.jenisKelamin,
      facts.urut,
    ),
  }));
