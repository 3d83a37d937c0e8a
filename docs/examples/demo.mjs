// Prints a PUS and PUP report for the sample couples in ./data, then the
// catalogues, the structure and coverage of the sample desa, the
// classification of the sample IMP and the monitoring of the sample desa,
// using the built package exactly as an app would import it.
import { readFileSync } from 'node:fs';
import { assessPupCatin, assessPus } from 'imp-bangga-kencana';
import { report as katalogReport } from './katalog.mjs';
import { report as kelembagaanReport } from './kelembagaan.mjs';
import { report as klasifikasiReport } from './klasifikasi.mjs';
import { report as pemantauanReport } from './pemantauan.mjs';

const data = JSON.parse(
  readFileSync(new URL('./data/pasangan.json', import.meta.url), 'utf8'),
);

const STATUS = {
  pus: 'PUS',
  'bukan-pus': 'bukan PUS / not PUS',
  'tidak-dapat-ditentukan': 'belum dapat ditentukan / undecided',
};

function line(text = '') {
  process.stdout.write(`${text}\n`);
}

function pusReport() {
  line(`PUS pada / on ${data.tanggalPenilaian}`);
  line('='.repeat(72));
  for (const pasangan of data.pasangan) {
    const result = assessPus(pasangan, data.tanggalPenilaian);
    line(`${pasangan.nama}: ${STATUS[result.status]}`);
    line(`  usia istri / wife's age: ${result.usiaIstri}`);
    line(`  ${result.alasan.id}`);
    line(`  ${result.alasan.en}`);
    if (result.kurang.length > 0) {
      line(`  data kurang / missing: ${result.kurang.join(', ')}`);
    }
    line(`  dasar / clause: ${result.citation.ref}`);
  }
}

function yesNo(value, no) {
  return value ? 'ya / yes' : no;
}

function pupReport() {
  line();
  line('PUP calon pengantin / bride and groom');
  line('='.repeat(72));
  for (const { nama, tanggalMenikah, ...catin } of data.catin) {
    const r = assessPupCatin(catin, tanggalMenikah);
    const [ideal, law] = r.calonIstri.citations;
    const lawName = law.instrument.split(' tentang')[0];
    line(`${nama}, menikah / wedding ${tanggalMenikah}`);
    line(
      `  usia / ages: ${r.calonSuami.usia} (ideal ${r.calonSuami.usiaIdeal})` +
        ` & ${r.calonIstri.usia} (ideal ${r.calonIstri.usiaIdeal})`,
    );
    line(
      `  usia ideal / ideal ages: ` +
        `${yesNo(r.memenuhiUsiaIdeal, 'belum / not yet')}` +
        `; keduanya sejak / both from ${r.tanggalUsiaIdeal}`,
    );
    line(`    dasar / clause: ${ideal.ref}`);
    line(
      `  usia minimal / legal minimum: ` +
        `${yesNo(r.memenuhiUsiaMinimal, 'tidak / no')}` +
        `; keduanya sejak / both from ${r.tanggalUsiaMinimal}`,
    );
    line(`    dasar / clause: ${lawName}, ${law.ref}`);
    for (const catatan of [...r.calonSuami.catatan, ...r.calonIstri.catatan]) {
      line(`  catatan: ${catatan.label.id}`);
      line(`  note: ${catatan.label.en}`);
    }
  }
}

pusReport();
pupReport();
line();
katalogReport(line);
line();
kelembagaanReport(line);
klasifikasiReport(line);
line();
pemantauanReport(line);
