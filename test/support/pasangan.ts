import * as fc from 'fast-check';
import type { Pasangan } from '../../src/index.js';
import { lahirBerusia, tanggalArb } from './tanggal.js';

export type Haid = boolean | undefined;

/** A married couple whose wife is exactly `usia` on `tanggal`. */
export function pasanganMenikah(
  usia: number,
  tanggal: string,
  haid?: Haid,
): Pasangan {
  const istri = { tanggalLahir: lahirBerusia(usia, tanggal) };
  return {
    menikah: true,
    istri: haid === undefined ? istri : { ...istri, haid },
  };
}

export const haidArb = fc.constantFrom<Haid>(true, false, undefined);

/** Facts the PUS rule reads: marriage, the wife's age, menstruation. */
export const faktaPusArb = fc.record({
  menikah: fc.boolean(),
  usia: fc.integer({ min: 0, max: 80 }),
  haid: haidArb,
});

/** A couple, and the day judged, built from facts. */
export function pasanganDari(
  fakta: { menikah: boolean; usia: number; haid: Haid },
  tanggal: string,
): Pasangan {
  return {
    ...pasanganMenikah(fakta.usia, tanggal, fakta.haid),
    menikah: fakta.menikah,
  };
}

/** Days on which to judge: after 1980 so that an 80-year-old was born. */
export const tanggalPenilaianArb = tanggalArb(1980, 2100);
