// Prints the class, score and gaps of the sample IMP in ./data, then the
// summary a supervisor of the area would read.
import { readFileSync } from 'node:fs';
import { classifyImp, summarizeKlasifikasi } from 'imp-bangga-kencana';

const data = JSON.parse(
  readFileSync(new URL('./data/klasifikasi.json', import.meta.url), 'utf8'),
);

const KELAS = {
  dasar: 'Dasar / Basic',
  berkembang: 'Berkembang / Developing',
  mandiri: 'Mandiri / Self-reliant',
  null: 'belum terklasifikasi / not yet classified',
};

function kriteria(k) {
  return `${k.label.id} / ${k.label.en} (${k.citation.ref})`;
}

export function report(line) {
  line('Klasifikasi IMP / IMP classification');
  line('='.repeat(72));
  for (const imp of data.imp) {
    const result = classifyImp(imp.penilaian);
    line(`${imp.nama}: ${KELAS[result.klasifikasi]}, skor ${result.skor}/18`);
    const tingkat = Object.entries(result.peranBakti)
      .map(([id, p]) => `${id} ${p.tingkat}`)
      .join(', ');
    line(`  tingkat: ${tingkat}`);
    if (result.kurang.length > 0) {
      line('  kurang untuk kelas berikutnya / missing for the next class:');
      for (const k of result.kurang) line(`  - ${kriteria(k)}`);
    }
  }
  line();
  const summary = summarizeKlasifikasi(data.imp.map((imp) => imp.penilaian));
  line(`Ringkasan / summary of ${summary.jumlah} IMP`);
  for (const [kelas, jumlah] of Object.entries(summary.klasifikasi)) {
    line(`  ${kelas}: ${jumlah}`);
  }
  line('  paling sering kurang / most often missing:');
  for (const { kriteria: k, jumlah } of summary.kurang.slice(0, 5)) {
    line(`  ${jumlah} x ${kriteria(k)}`);
  }
}
