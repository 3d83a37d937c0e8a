import * as fc from 'fast-check';
import type {
  JumlahIndikator,
  Keluarga,
  LaporanDesa,
  Penilaian,
} from '../../src/index.js';
import { keluargaArb } from '../support/keluarga.js';
import { BULAN, jumlahKonsistenArb } from '../support/laporan.js';
import { penilaianArb } from '../support/penilaian.js';

// The inputs of the benchmarks, drawn from the arbitraries the tests use,
// with fixed seeds: every run measures the same records. The benchmarks
// import this file bundled to JavaScript (see support.mjs).

/** The day on which the families are judged. */
export const TANGGAL = '2025-06-30';

/** `count` valid penilaian. */
export function samplePenilaian(count: number): Penilaian[] {
  return viaJson(fc.sample(penilaianArb, { seed: 84, numRuns: count }));
}

/** `count` valid families, as a kader would record them. */
export function sampleKeluarga(count: number): Keluarga[] {
  const arb = keluargaArb('K-0001', TANGGAL);
  return viaJson(fc.sample(arb, { seed: 52, numRuns: count }));
}

/** Records as they arrive from a file or an API: parsed from JSON. */
function viaJson<T>(records: T[]): T[] {
  return JSON.parse(JSON.stringify(records));
}

/**
 * Consistent desa reports, made one at a time and never held: desa `i`
 * lies in kecamatan `i mod 3,800` (38 provinces of 10 kabupaten of 10
 * kecamatan), so every batch of 3,800 or more has the same regions. The
 * counts cycle through a fixed pool.
 */
export function* streamLaporan(count: number): Generator<LaporanDesa> {
  for (let i = 0; i < count; i += 1) {
    yield {
      kode: kodeDesa(i),
      bulan: BULAN,
      jumlah: POOL[i % POOL.length] as JumlahIndikator,
    };
  }
}

// Drawn once, before anything is timed.
const POOL: JumlahIndikator[] = viaJson(
  fc.sample(jumlahKonsistenArb(), { seed: 2025, numRuns: 1000 }),
);

/** The number of kecamatan that {@link streamLaporan} spreads desa over. */
export const KECAMATAN = 3800;

function kodeDesa(i: number): string {
  const kecamatan = i % KECAMATAN;
  return [
    pad(11 + (kecamatan % 38), 2),
    pad(1 + (Math.floor(kecamatan / 38) % 10), 2),
    pad(1 + Math.floor(kecamatan / 380), 2),
    String(2001 + Math.floor(i / KECAMATAN)),
  ].join('.');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
