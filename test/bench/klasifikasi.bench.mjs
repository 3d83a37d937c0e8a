// classifyImp over 84,000 penilaian, one call each, and
// summarizeKlasifikasi over the same list in one call, against a loop
// that checks the criteria by hand: the six tingkat, the score and the
// class, without validation, without the lists of unmet criteria and
// without a frozen result.
import { classifyImp, summarizeKlasifikasi } from 'imp-bangga-kencana';
import {
  assertSame,
  compare,
  formatInt,
  loadInputs,
  verdict,
} from './support.mjs';

const COUNT = 84_000;
const TARGET_MS = 1000;
const KELAS = ['dasar', 'berkembang', 'mandiri'];
const SEMUA_BINA = ['bkb', 'bkr', 'bkl', 'pik-remaja'];

const { samplePenilaian } = await loadInputs();
const penilaian = samplePenilaian(COUNT);

// How many of a Peran Bakti's three levels hold, counted from the first.
function tingkat(dasar, berkembang, mandiri) {
  if (!dasar) return 0;
  if (!berkembang) return 1;
  return mandiri ? 3 : 2;
}

function tingkatByHand(p) {
  const o = p.pengorganisasian;
  const t = p.pertemuan;
  const l = p.pelayanan;
  const bina = new Set(l.binaKeluarga).size;
  const upaya = new Set(p.kemandirian.upaya).size;
  const lengkap = SEMUA_BINA.every((j) => l.binaKeluarga.includes(j));
  return [
    tingkat(
      o.kepengurusan && o.pembagianTugas !== 'tidak-ada',
      o.pembagianTugas === 'jelas',
      o.bidang,
    ),
    tingkat(
      t.pelaksanaan !== 'tidak-ada',
      t.pelaksanaan === 'rutin-bulanan' && t.rencanaKerja && t.notulen,
      t.berjenjang,
    ),
    tingkat(p.advokasiKie.kie, p.advokasiKie.kipk, true),
    tingkat(
      p.pencatatan.cara !== 'tidak-ada',
      p.pencatatan.cara === 'pola-rr-rumah-dataku',
      true,
    ),
    tingkat(
      l.pembinaanPesertaKbAktif && l.rujukan && bina >= 1,
      l.uppka && bina >= 2,
      lengkap,
    ),
    tingkat(upaya >= 1, upaya >= 2, upaya >= 3),
  ];
}

// The default reading: Pengorganisasian alone decides Dasar.
function classifyByHand(p) {
  const levels = tingkatByHand(p);
  const lowest = Math.min(...levels);
  const skor = levels.reduce((a, b) => a + b, 0);
  if (lowest >= 2) return { kelas: KELAS[lowest - 1], skor };
  return { kelas: levels[0] >= 1 ? 'dasar' : null, skor };
}

function eachByHand() {
  let sum = 0;
  for (const p of penilaian) {
    const { kelas, skor } = classifyByHand(p);
    sum += skor + (kelas === null ? 0 : kelas.length);
  }
  return sum;
}

function eachByLibrary() {
  let sum = 0;
  for (const p of penilaian) {
    const { klasifikasi, skor } = classifyImp(p);
    sum += skor + (klasifikasi === null ? 0 : klasifikasi.length);
  }
  return sum;
}

function tallyByHand() {
  const kelas = { dasar: 0, berkembang: 0, mandiri: 0, null: 0 };
  const skor = new Array(19).fill(0);
  for (const p of penilaian) {
    const r = classifyByHand(p);
    kelas[r.kelas] += 1;
    skor[r.skor] += 1;
  }
  return kelas.dasar + kelas.mandiri * 3 + skor[18];
}

function tallyByLibrary() {
  const { klasifikasi: k, skor } = summarizeKlasifikasi(penilaian);
  return k.dasar + k.mandiri * 3 + skor[18];
}

assertSame('classifyImp per penilaian', eachByLibrary(), eachByHand());
assertSame('summarizeKlasifikasi', tallyByLibrary(), tallyByHand());

const options = { items: COUNT, unit: 'penilaian', rounds: 3, iterations: 1 };
const [, each] = await compare(
  `classifyImp over ${formatInt(COUNT)} penilaian (one call = one pass)`,
  options,
  [
    ['baseline: criteria checked by hand', eachByHand],
    ['classifyImp, one call per penilaian', eachByLibrary],
  ],
);
const [, batch] = await compare(
  `summarizeKlasifikasi over ${formatInt(COUNT)} penilaian`,
  options,
  [
    ['baseline: criteria checked by hand, tallied', tallyByHand],
    ['summarizeKlasifikasi, one call', tallyByLibrary],
  ],
);
const ms = (row) => (row.perItemNs * COUNT) / 1e6;
verdict('classifyImp, whole batch', ms(each), TARGET_MS, ' ms');
verdict('summarizeKlasifikasi, whole batch', ms(batch), TARGET_MS, ' ms');
