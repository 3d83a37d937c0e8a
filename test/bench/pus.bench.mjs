// assessPus over a million couples against a hand-written loop doing the
// same arithmetic on the same inputs: whole years from 'YYYY-MM-DD' and
// the tests of the age bands. The loop validates nothing and builds no
// result, so it is the ceiling, not a rival.
import { assessPus } from 'imp-bangga-kencana';
import {
  assertSame,
  compare,
  formatInt,
  seeded,
  tanggal,
  verdict,
} from './support.mjs';

const COUPLES = 1_000_000;
const TARGET_RATIO = 1.5;
const TARGET_PER_SECOND = 1_000_000;

function generate() {
  const rng = seeded(26);
  const days = Array.from({ length: 64 }, () => tanggal(rng, 2024, 2026));
  const couples = new Array(COUPLES);
  const judged = new Array(COUPLES);
  for (let i = 0; i < COUPLES; i += 1) {
    const istri = { tanggalLahir: tanggal(rng, 1944, 2023) };
    const haid = rng.pick([true, false, undefined]);
    if (haid !== undefined) istri.haid = haid;
    couples[i] = { menikah: rng.chance(0.9), istri };
    judged[i] = rng.pick(days);
  }
  // Through JSON, as records arrive from a file or an API: flat strings,
  // not the joined ones a template literal leaves.
  return JSON.parse(JSON.stringify({ couples, judged }));
}

const STATUS = { 'bukan-pus': 0, pus: 1, 'tidak-dapat-ditentukan': 2 };

// Digits read by char code: the fastest way we know, so that the ratio
// is against the ceiling.
function number(text, from, to) {
  let n = 0;
  for (let i = from; i < to; i += 1) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

function usiaByHand(lahir, day) {
  const years = number(day, 0, 4) - number(lahir, 0, 4);
  return number(day, 5, 7) * 100 + number(day, 8, 10) <
    number(lahir, 5, 7) * 100 + number(lahir, 8, 10)
    ? years - 1
    : years;
}

function statusByHand(menikah, usia, haid) {
  if (!menikah) return 0;
  if (usia >= 15 && usia <= 49) return 1;
  if (haid === undefined) return 2;
  return haid ? 1 : 0;
}

function byHand({ couples, judged }) {
  let sum = 0;
  for (let i = 0; i < couples.length; i += 1) {
    const { menikah, istri } = couples[i];
    const usia = usiaByHand(istri.tanggalLahir, judged[i]);
    sum += statusByHand(menikah, usia, istri.haid) + usia;
  }
  return sum;
}

// The same, building a frozen result of seven fields per couple as
// assessPus must: the floor for any function that returns frozen results.
const SHARED = Object.freeze({});
function byHandFrozen({ couples, judged }) {
  let sum = 0;
  for (let i = 0; i < couples.length; i += 1) {
    const { menikah, istri } = couples[i];
    const usia = usiaByHand(istri.tanggalLahir, judged[i]);
    const result = Object.freeze({
      status: statusByHand(menikah, usia, istri.haid),
      usiaIstri: usia,
      kurang: SHARED,
      ketentuan: 'usia-subur',
      alasan: SHARED,
      sebelumBerlaku: false,
      citation: SHARED,
    });
    sum += result.status + result.usiaIstri;
  }
  return sum;
}

function byLibrary({ couples, judged }) {
  let sum = 0;
  for (let i = 0; i < couples.length; i += 1) {
    const result = assessPus(couples[i], judged[i]);
    sum += STATUS[result.status] + result.usiaIstri;
  }
  return sum;
}

const inputs = generate();
assertSame('assessPus checksum', byLibrary(inputs), byHand(inputs));
assertSame('frozen checksum', byHandFrozen(inputs), byHand(inputs));

const [, library, frozen] = await compare(
  `assessPus over ${formatInt(COUPLES)} couples (one call = one pass)`,
  { items: COUPLES, unit: 'couples', rounds: 7, iterations: 2 },
  [
    ['baseline: hand-written age and band tests', () => byHand(inputs)],
    ['assessPus', () => byLibrary(inputs)],
    ['context: hand-written, frozen result', () => byHandFrozen(inputs)],
  ],
);
verdict('assessPus time / baseline time', library.ratio, TARGET_RATIO);
console.log(
  `  target > ${formatInt(TARGET_PER_SECOND)} couples/s on one core: ` +
    `${formatInt(library.itemsPerSecond)} ` +
    `${library.itemsPerSecond > TARGET_PER_SECOND ? 'MET' : 'MISSED'}`,
);
console.log(
  `  assessPus time / the frozen floor's time: ` +
    `${(library.ratio / frozen.ratio).toFixed(2)}x`,
);
