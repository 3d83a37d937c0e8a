import type { Label } from '../label.js';
import type { Tanggal } from '../tanggal.js';
import type { KeluargaValid } from './keluarga.js';
import {
  type AlasanTidakKb,
  type MetodeKontrasepsi,
  MetodeKontrasepsiSchema,
} from './kontrasepsi.js';
import { type JumlahIndikator, KUNCI_ALASAN } from './laporan.js';
import { hitungPeristiwa } from './peristiwa.js';
import type { PasanganTidakDapatDitentukan } from './sasaran.js';
import { nilaiPasangan, type PasanganDinilai } from './sasaran-hitung.js';

/**
 * A count of the report that the data given cannot support, and the
 * input that would let it be computed.
 *
 * @category Pemantauan
 */
export type KekuranganLaporan = {
  /** The count left out of `jumlah`. */
  readonly indikator: keyof JumlahIndikator;
  /**
   * What is missing: an input of {@link DataLaporanDesaSchema} by its key
   * (`'peristiwa'`, `'ppm'`, `'poktan'`, `'impPertemuan'`,
   * `'terpaduRkpDesa'`), `'peristiwa.dicatatSejak'` for a record of
   * events that starts too late, or `'alasanTidakKb'` for PUS recorded
   * with neither a method nor a reason.
   */
  readonly masukan:
    | 'peristiwa'
    | 'peristiwa.dicatatSejak'
    | 'ppm'
    | 'poktan'
    | 'impPertemuan'
    | 'terpaduRkpDesa'
    | 'alasanTidakKb';
  /** The families whose records lack it; empty for a whole input. */
  readonly keluarga: readonly string[];
  /** What is missing, in words. */
  readonly label: Label;
};

/** The data of a desa report after its shape is checked. */
export type DataValid = {
  readonly peristiwa?: Parameters<typeof hitungPeristiwa>[0] | undefined;
  readonly ppm?: Partial<Record<MetodeKontrasepsi, number>> | undefined;
  readonly poktan?:
    | { terdaftar: number; aktif: number; melapor: number }
    | undefined;
  readonly impPertemuan?: number | undefined;
  readonly terpaduRkpDesa?: boolean | undefined;
};

type Hasil = {
  jumlah: JumlahIndikator;
  kurang: KekuranganLaporan[];
  terbuka: PasanganTidakDapatDitentukan[];
};

const METODE = MetodeKontrasepsiSchema.options;

/** The counts of a desa for the month of `tanggal`, and what is missing. */
export function jumlahOf(
  keluarga: readonly KeluargaValid[],
  data: DataValid,
  tanggal: Tanggal,
  usia50: 'inklusif' | 'harfiah' | undefined,
): Hasil {
  const kurang: KekuranganLaporan[] = [];
  const pasangan = keluarga.flatMap((k) => nilaiPasangan(k, tanggal, usia50));
  const pus = pasangan.filter((p) => p.status === 'pus');
  const terbuka = pasangan
    .filter((p) => p.status === 'tidak-dapat-ditentukan')
    .map((p) => ({ ...p.ref, kurang: p.kurang }));

  const jumlah: JumlahIndikator = {
    ...peristiwaOf(data, tanggal, kurang),
    pus: pus.length,
    pusTidakDapatDitentukan: terbuka.length,
    ...pesertaOf(pus, tanggal.slice(0, 7)),
    ...bukanPesertaOf(pus, kurang),
    ...masukanOf(data, kurang),
    desa: 1,
  };
  return { jumlah, kurang, terbuka };
}

function peristiwaOf(
  data: DataValid,
  tanggal: Tanggal,
  kurang: KekuranganLaporan[],
): JumlahIndikator {
  const ids = ['kelahiran', 'perkawinan', 'perkawinanSebelumnya'] as const;
  const hitungan = data.peristiwa && hitungPeristiwa(data.peristiwa, tanggal);
  for (const id of ids) {
    if (hitungan?.[id] !== undefined) continue;
    const masukan = hitungan ? 'peristiwa.dicatatSejak' : 'peristiwa';
    kurang.push(kekurangan(id, masukan));
  }
  return { ...hitungan };
}

function pesertaOf(
  pus: readonly PasanganDinilai[],
  bulan: string,
): JumlahIndikator {
  const pa = kosong();
  const pb = kosong();
  for (const { istri, suami } of pus) {
    const kontrasepsi = istri?.kontrasepsi ?? suami?.kontrasepsi;
    if (kontrasepsi === undefined) continue;
    pa[kontrasepsi.metode] += 1;
    // `sejak` moves only on a new start, so a month match is a new use.
    if (kontrasepsi.sejak.startsWith(bulan)) pb[kontrasepsi.metode] += 1;
  }
  return { pesertaKbAktif: rincian(pa), pesertaKbBaru: rincian(pb) };
}

function bukanPesertaOf(
  pus: readonly PasanganDinilai[],
  kurang: KekuranganLaporan[],
): JumlahIndikator {
  const hitungan = {
    hamil: 0,
    inginAnakSegera: 0,
    inginAnakTunda: 0,
    tidakInginAnakLagi: 0,
  } satisfies Record<(typeof KUNCI_ALASAN)[AlasanTidakKb], number>;
  const tanpaAlasan = new Set<string>();
  for (const { istri, suami, ref } of pus) {
    if (istri?.kontrasepsi ?? suami?.kontrasepsi) continue;
    const a = istri?.alasanTidakKb ?? (istri?.hamil ? 'hamil' : undefined);
    if (a === undefined) tanpaAlasan.add(ref.keluarga);
    else hitungan[KUNCI_ALASAN[a]] += 1;
  }

  // Any reason could be the one missing, so no reason's count is known.
  if (tanpaAlasan.size === 0) return { pusBukanPeserta: hitungan };
  kurang.push(kekurangan('pusBukanPeserta', 'alasanTidakKb', tanpaAlasan));
  return {};
}

function masukanOf(
  data: DataValid,
  kurang: KekuranganLaporan[],
): JumlahIndikator {
  const jumlah: JumlahIndikator = {};
  if (data.ppm) {
    let total = 0;
    for (const n of Object.values(data.ppm)) total += n;
    jumlah.ppm = { total, metode: { ...data.ppm } };
  } else kurang.push(kekurangan('ppm', 'ppm'));
  if (data.poktan) jumlah.poktan = { ...data.poktan };
  else kurang.push(kekurangan('poktan', 'poktan'));
  if (data.impPertemuan !== undefined) jumlah.impPertemuan = data.impPertemuan;
  else kurang.push(kekurangan('impPertemuan', 'impPertemuan'));
  if (data.terpaduRkpDesa !== undefined) {
    jumlah.terpaduRkpDesa = data.terpaduRkpDesa ? 1 : 0;
  } else kurang.push(kekurangan('terpaduRkpDesa', 'terpaduRkpDesa'));
  return jumlah;
}

function kosong(): Record<MetodeKontrasepsi, number> {
  return Object.fromEntries(METODE.map((m) => [m, 0])) as Record<
    MetodeKontrasepsi,
    number
  >;
}

function rincian(metode: Record<MetodeKontrasepsi, number>) {
  let total = 0;
  for (const m of METODE) total += metode[m];
  return { total, metode };
}

function kekurangan(
  indikator: KekuranganLaporan['indikator'],
  masukan: KekuranganLaporan['masukan'],
  keluarga: Iterable<string> = [],
): KekuranganLaporan {
  return { indikator, masukan, keluarga: [...keluarga], label: LABEL[masukan] };
}

const LABEL: Record<KekuranganLaporan['masukan'], Label> = {
  peristiwa: {
    id: 'Catatan kelahiran dan perkawinan tidak diberikan.',
    en: 'No record of births and marriages was given.',
  },
  'peristiwa.dicatatSejak': {
    id: 'Catatan peristiwa dimulai setelah awal rentang 12 bulan.',
    en: 'The record of events starts after the twelve months begin.',
  },
  ppm: {
    id: 'PPM tahun ini tidak diberikan.',
    en: "The year's PPM was not given.",
  },
  poktan: {
    id: 'Jumlah Poktan terdaftar, aktif dan melapor tidak diberikan.',
    en: 'The Poktan registered, active and reporting were not given.',
  },
  impPertemuan: {
    id: 'Jumlah pertemuan IMP bulan ini tidak diberikan.',
    en: "The month's IMP meetings were not given.",
  },
  terpaduRkpDesa: {
    id: 'Tidak diberikan apakah RKP desa memuat program.',
    en: 'Whether the RKP desa carries the programme was not given.',
  },
  alasanTidakKb: {
    id: 'Ada PUS tanpa kontrasepsi dan tanpa alasan tidak ber-KB.',
    en: 'Some PUS have neither a method nor a reason recorded.',
  },
};
