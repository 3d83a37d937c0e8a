// rollUpLaporan of 21,000, 42,000 and 84,000 desa reports (84,000 is about
// the number of desa and kelurahan of Indonesia) to a national total,
// against a loop that sums the same counts per kecamatan by hand. The
// reports come from a generator and are never held, so that the heap
// shows what the roll-up itself keeps. Run with --expose-gc.
import { rollUpLaporan } from 'imp-bangga-kencana';
import { compare, formatInt, loadInputs, verdict } from './support.mjs';

const SIZES = [21_000, 42_000, 84_000];
const TARGET_FLAT = 1.25;
const { KECAMATAN, streamLaporan } = await loadInputs();

// The counts a roll-up sums, read by hand: the floor for any roll-up
// that visits every report, so far as the generator costs.
function sumByHand(count) {
  const kecamatan = new Map();
  for (const { kode, jumlah } of streamLaporan(count)) {
    const key = kode.slice(0, 8);
    const acc = kecamatan.get(key) ?? { desa: 0, pus: 0, pa: 0 };
    acc.desa += 1;
    acc.pus += jumlah.pus ?? 0;
    acc.pa += jumlah.pesertaKbAktif?.total ?? 0;
    kecamatan.set(key, acc);
  }
  return kecamatan.size;
}

function rollUp(count) {
  const result = rollUpLaporan(streamLaporan(count));
  return result.nasional.jumlah.desa + Object.keys(result.kecamatan).length;
}

const perDesa = [];
for (const size of SIZES) {
  const [, library] = await compare(
    `rollUpLaporan of ${formatInt(size)} desa reports ` +
      `(${formatInt(KECAMATAN)} kecamatan)`,
    { items: size, unit: 'desa', rounds: 3, iterations: 2 },
    [
      ['baseline: counts summed by hand', () => sumByHand(size)],
      ['rollUpLaporan', () => rollUp(size)],
    ],
  );
  perDesa.push(library.perItemNs);
}

console.log('\nrollUpLaporan, time per desa');
SIZES.forEach((size, i) => {
  console.log(
    `  ${formatInt(size).padStart(7)} desa: ` +
      `${(perDesa[i] / 1000).toFixed(2)} µs per desa`,
  );
});
verdict(
  'time per desa at 84,000 / at 21,000 (flat)',
  perDesa[2] / perDesa[0],
  TARGET_FLAT,
);

// The live heap, sampled after a full collection every so many reports
// while the roll-up runs, above the heap before it started.
function liveHeap(count) {
  const every = Math.floor(count / 20);
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  let peak = 0;
  function* sampled() {
    let i = 0;
    for (const laporan of streamLaporan(count)) {
      if (++i % every === 0) {
        globalThis.gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      }
      yield laporan;
    }
  }
  const result = rollUpLaporan(sampled());
  globalThis.gc();
  const retained = process.memoryUsage().heapUsed - before;
  return { peak, retained, desa: result.nasional.jumlah.desa };
}

if (typeof globalThis.gc !== 'function') {
  console.log('\n  heap: run with node --expose-gc to measure it');
} else {
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  const small = liveHeap(SIZES[0]);
  const large = liveHeap(SIZES[2]);
  console.log('\nrollUpLaporan, heap above the start');
  for (const [size, heap] of [
    [SIZES[0], small],
    [SIZES[2], large],
  ]) {
    console.log(
      `  ${formatInt(size).padStart(7)} desa: ${mb(heap.peak)} live while ` +
        `running, ${mb(heap.retained)} held by the result`,
    );
  }
  const perExtraDesa = (large.peak - small.peak) / (SIZES[2] - SIZES[0]);
  console.log(
    `  growth from ${formatInt(SIZES[0])} to ${formatInt(SIZES[2])} desa: ` +
      `${perExtraDesa.toFixed(0)} bytes per extra desa ` +
      `(the regions are the same ${formatInt(KECAMATAN)} kecamatan)`,
  );
  verdict('live heap at 84,000 / at 21,000', large.peak / small.peak, 1.25);
}
