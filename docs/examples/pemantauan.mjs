// Prints the monthly monitoring report of the sample desa in ./data, then
// a kecamatan roll-up of that desa and a few neighbours made from it.
import { readFileSync } from 'node:fs';
import {
  assessSasaran,
  buildLaporanDesa,
  checkLaporanDesa,
  rollUpLaporan,
} from 'imp-bangga-kencana';

const { tanggalPenilaian, data } = JSON.parse(
  readFileSync(new URL('./data/keluarga.json', import.meta.url), 'utf8'),
);

function persen(rasio) {
  if (rasio.nilai === null) {
    const why = rasio.penyebutNol ? 'penyebut 0' : rasio.kurang.join(', ');
    return `- (${why})`;
  }
  return `${(rasio.nilai * 100).toFixed(1)} %`;
}

function figures(line, jumlah, rasio) {
  line(`  kelahiran 12 bulan / births in 12 months: ${jumlah.kelahiran}`);
  line(
    `  perkawinan / marriages: ${jumlah.perkawinan} ` +
      `(sebelumnya / before: ${jumlah.perkawinanSebelumnya})`,
  );
  line(
    `  PUS: ${jumlah.pus} (belum dapat ditentukan / undecided: ` +
      `${jumlah.pusTidakDapatDitentukan})`,
  );
  line(
    `  PA: ${jumlah.pesertaKbAktif?.total}, PB: ${jumlah.pesertaKbBaru?.total}`,
  );
  line(`  PA / PUS: ${persen(rasio.paTerhadapPus)}`);
  line(`  PB / PPM: ${persen(rasio.pencapaianPpm)}`);
  line(`  unmet need: ${persen(rasio.unmetNeed)}`);
  line(`  Poktan aktif / active: ${persen(rasio.poktanAktif)}`);
}

function laporanDesa(line) {
  const laporan = buildLaporanDesa(data, tanggalPenilaian);
  line(`Pemantauan / monitoring: desa ${laporan.kode}, ${laporan.bulan}`);
  line('='.repeat(72));
  figures(line, laporan.jumlah, laporan.rasio);
  for (const k of laporan.kurang) {
    line(`  kurang / missing: ${k.indikator} (${k.masukan})`);
  }
  for (const p of laporan.pusTidakDapatDitentukan) {
    line(`  PUS belum pasti / undecided: ${p.keluarga}`);
  }
  const cek = checkLaporanDesa(laporan);
  line(
    `  konsisten / consistent: ${cek.konsisten ? 'ya / yes' : 'tidak / no'}`,
  );

  const sasaran = assessSasaran(data.keluarga, tanggalPenilaian);
  line('  sasaran / target groups:');
  const kelompok = {
    catin: sasaran.catin,
    pus: sasaran.pasangan.pus,
    keluargaBalita: sasaran.keluargaBalita,
    keluargaRemaja: sasaran.keluargaRemaja,
    keluargaLansia: sasaran.keluargaLansia,
    balita: sasaran.balita,
    remaja: sasaran.remaja,
    lansia: sasaran.lansia,
    keluargaRentan: sasaran.keluargaRentan,
  };
  for (const [id, k] of Object.entries(kelompok)) {
    line(`    ${id}: ${k.jumlah} (${k.citation.ref})`);
  }
  line();
  return laporan;
}

// Neighbours of the sample desa: the same report under other desa codes
// of the same kecamatan, with the counts scaled, so the roll-up has
// several parts to add up.
function tetangga(laporan, n) {
  const { kode, bulan, jumlah } = laporan;
  const kecamatan = kode.slice(0, kode.lastIndexOf('.'));
  return Array.from({ length: n }, (_, i) => ({
    kode: `${kecamatan}.${2002 + i}`,
    bulan,
    jumlah: scale(jumlah, i + 2),
  }));
}

function scale(value, k) {
  if (typeof value === 'number') return value * k;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      key === 'desa' || key === 'terpaduRkpDesa' ? v : scale(v, k),
    ]),
  );
}

function rollUp(line, laporan) {
  const desa = [
    { kode: laporan.kode, bulan: laporan.bulan, jumlah: laporan.jumlah },
    ...tetangga(laporan, 4),
  ];
  const result = rollUpLaporan(desa);
  for (const tier of Object.values(result.kecamatan)) {
    line(`Kecamatan ${tier.kode}: ${tier.jumlah.desa} desa, ${result.bulan}`);
    line('='.repeat(72));
    figures(line, tier.jumlah, tier.rasio);
  }
}

/** Prints the report, one line at a time through `line`. */
export function report(line) {
  rollUp(line, laporanDesa(line));
}
