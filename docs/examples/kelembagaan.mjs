// Prints the structure check of a sample IMP roster and the coverage gaps
// of its desa, exactly as an app would read them.
import { readFileSync } from 'node:fs';
import {
  assessCakupan,
  decodeNik,
  maskNik,
  validateKepengurusan,
} from 'imp-bangga-kencana';

const data = JSON.parse(
  readFileSync(new URL('./data/desa.json', import.meta.url), 'utf8'),
);

function place({ rw, rt, indeks }) {
  if (indeks !== undefined) return ` (Pembina ${indeks + 1})`;
  if (rw === undefined) return '';
  return rt === undefined ? ` (RW ${rw})` : ` (RW ${rw}, RT ${rt})`;
}

function struktur(line) {
  const { desa, kepengurusan } = data;
  line(`Struktur IMP / structure of the IMP: ${desa.nama}`);
  line('='.repeat(72));
  const result = validateKepengurusan(kepengurusan, { desa });
  line(`lengkap / complete: ${result.lengkap ? 'ya / yes' : 'tidak / no'}`);
  for (const temuan of result.temuan) {
    line(`- ${temuan.id}${place(temuan)}`);
    line(`  ${temuan.label.id}`);
    line(`  ${temuan.label.en}`);
    line(`  dasar / clause: ${temuan.citation.ref}`);
  }
  for (const posisi of ['ketua', 'sekretaris']) {
    const nik = kepengurusan[posisi]?.nik;
    if (nik === undefined) continue;
    const { jenisKelamin } = decodeNik(nik, data.tanggalAcuan);
    line(`${posisi}: NIK ${maskNik(nik)} (${jenisKelamin})`);
  }
  line();
}

function cakupan(line) {
  const result = assessCakupan(data.desa);
  const { jumlah } = result;
  line(`Cakupan / coverage (${result.citation.ref})`);
  line('='.repeat(72));
  line(`IMP: ${result.imp ? 'ada / present' : 'belum / missing'}`);
  line(`Sub IMP: ${jumlah.subImp} / ${jumlah.rw} RW`);
  line(`RW dengan >= 3 Poktan / RW with 3+ Poktan: ${jumlah.rwPoktanCukup}`);
  line(`Kelompok KB: ${jumlah.kelompokKb} / ${jumlah.rt} RT`);
  for (const gap of result.kekurangan) {
    const poktan =
      gap.jumlahPoktan === undefined ? '' : `, Poktan: ${gap.jumlahPoktan}`;
    line(`- ${gap.id}${place(gap)}${poktan}`);
    line(`  ${gap.label.id}`);
    line(`  ${gap.label.en}`);
  }
  line();
}

/** Prints the report, one line at a time through `line`. */
export function report(line) {
  struktur(line);
  cakupan(line);
}
