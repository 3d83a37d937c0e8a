import type * as z from 'zod';
import { AMBANG_KLASIFIKASI, type Kriteria } from './kriteria.js';
import type { PenilaianSchema } from './penilaian.js';

type Fakta = z.output<typeof PenilaianSchema>;

const BINA = AMBANG_KLASIFIKASI.binaKeluarga;
const UPAYA = AMBANG_KLASIFIKASI.upayaKemandirian;

/** Whether valid facts meet a criterion of the catalogue. */
export function memenuhi(kriteria: Kriteria, fakta: Fakta): boolean {
  return (MEMENUHI[kriteria.id] as (f: Fakta) => boolean)(fakta);
}

function distinct(values: readonly string[]): number {
  return new Set(values).size;
}

const MEMENUHI: Record<string, (f: Fakta) => boolean> = {
  'pengorganisasian.kepengurusan': (f) => f.pengorganisasian.kepengurusan,
  'pengorganisasian.pembagian-tugas': (f) =>
    f.pengorganisasian.pembagianTugas !== 'tidak-ada',
  'pengorganisasian.pembagian-tugas-jelas': (f) =>
    f.pengorganisasian.pembagianTugas === 'jelas',
  'pengorganisasian.bidang': (f) => f.pengorganisasian.bidang,
  'pertemuan.pelaksanaan': (f) => f.pertemuan.pelaksanaan !== 'tidak-ada',
  'pertemuan.rutin-bulanan': (f) => f.pertemuan.pelaksanaan === 'rutin-bulanan',
  'pertemuan.rencana-kerja': (f) => f.pertemuan.rencanaKerja,
  'pertemuan.notulen': (f) => f.pertemuan.notulen,
  'pertemuan.berjenjang': (f) => f.pertemuan.berjenjang,
  'advokasiKie.kie': (f) => f.advokasiKie.kie,
  'advokasiKie.kipk': (f) => f.advokasiKie.kipk,
  'pencatatan.sederhana': (f) => f.pencatatan.cara !== 'tidak-ada',
  'pencatatan.pola-rr-rumah-dataku': (f) =>
    f.pencatatan.cara === 'pola-rr-rumah-dataku',
  'pelayanan.pembinaan-peserta-kb-aktif': (f) =>
    f.pelayanan.pembinaanPesertaKbAktif,
  'pelayanan.rujukan': (f) => f.pelayanan.rujukan,
  'pelayanan.bina-keluarga-1': (f) =>
    distinct(f.pelayanan.binaKeluarga) >= BINA.dasar.minimal,
  'pelayanan.uppka': (f) => f.pelayanan.uppka,
  'pelayanan.bina-keluarga-2': (f) =>
    distinct(f.pelayanan.binaKeluarga) >= BINA.berkembang.minimal,
  'pelayanan.bina-keluarga-lengkap': (f) =>
    BINA.jenis.every((j) => f.pelayanan.binaKeluarga.includes(j)),
  'kemandirian.upaya-1': (f) =>
    distinct(f.kemandirian.upaya) >= UPAYA.dasar.minimal,
  'kemandirian.upaya-2': (f) =>
    distinct(f.kemandirian.upaya) >= UPAYA.berkembang.minimal,
  'kemandirian.upaya-3': (f) =>
    distinct(f.kemandirian.upaya) >= UPAYA.mandiri.minimal,
};
