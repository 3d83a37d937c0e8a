import * as fc from 'fast-check';
import { type Desa, JenisPoktanSchema } from '../../src/index.js';

const JENIS_POKTAN = JenisPoktanSchema.options;

/** A code segment of `width` digits that is not all zeros. */
export function segmenArb(width: number) {
  return fc
    .integer({ min: 1, max: 10 ** width - 1 })
    .map((n) => String(n).padStart(width, '0'));
}

/** A region code with 1 to 4 segments: provinsi down to desa. */
export function kodeArb(segments: 1 | 2 | 3 | 4) {
  const widths = [2, 2, 2, 4].slice(0, segments);
  return fc.tuple(...widths.map(segmenArb)).map((parts) => parts.join('.'));
}

/** A list of Poktan kinds, each at most once. */
export const poktanArb = fc.subarray([...JENIS_POKTAN]);

/** Distinct positive numbers, in no particular order. */
function nomorArb(maxLength: number) {
  return fc.uniqueArray(fc.integer({ min: 1, max: 30 }), {
    minLength: 1,
    maxLength,
  });
}

const rtArb = (nomor: number) =>
  fc.record({ kelompokKb: fc.boolean(), poktan: poktanArb }).map((rt) => ({
    nomor,
    ...rt,
  }));

const rwArb = (nomor: number) =>
  fc
    .record({
      subImp: fc.boolean(),
      poktan: poktanArb,
      rt: nomorArb(5).chain((ns) => fc.tuple(...ns.map(rtArb))),
    })
    .map((rw) => ({ nomor, ...rw }));

/**
 * A valid desa tree: 1 to 5 RW, each with 1 to 5 RT, numbers unique
 * within their parent, and any mix of institutions.
 */
export const desaArb: fc.Arbitrary<Desa> = fc.record({
  kode: kodeArb(4),
  nama: fc.constantFrom('Sukamaju', 'Mekarsari', 'Cibodas'),
  imp: fc.boolean(),
  poktan: poktanArb,
  rw: nomorArb(5).chain((ns) => fc.tuple(...ns.map(rwArb))),
});
