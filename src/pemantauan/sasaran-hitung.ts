import type * as z from 'zod';
import type { Citation } from '../citation.js';
import { SASARAN } from '../kelembagaan/katalog/sasaran.js';
import {
  KETENTUAN_PUS,
  ketentuanFor,
  type PusResult,
  statusFor,
} from '../pus.js';
import { type Tanggal, usia } from '../tanggal.js';
import type { KeluargaValid } from './keluarga.js';
import { type PasanganKeluarga, pasanganOf } from './pasangan-keluarga.js';
import type {
  KelompokSasaran,
  PasanganTidakDapatDitentukan,
  RefAnggota,
  RefPasangan,
  SasaranResult,
} from './sasaran.js';
import {
  type AssessSasaranOptionsSchema,
  dalamRentang,
  type RentangUsia,
  rentangOf,
} from './usia-sasaran.js';

/** A couple with its PUS status. */
export type PasanganDinilai = PasanganKeluarga & {
  readonly ref: RefPasangan;
  readonly status: PusResult['status'];
  readonly kurang: readonly ('haid' | 'istri')[];
};

type Options = z.output<typeof AssessSasaranOptionsSchema>;
type Kelompok = 'balita' | 'remaja' | 'lansia';
const KELOMPOK: readonly Kelompok[] = ['balita', 'remaja', 'lansia'];

/** The PUS status of each couple of a valid family, as assessPus rules. */
export function nilaiPasangan(
  keluarga: KeluargaValid,
  tanggal: Tanggal,
  usia50: 'inklusif' | 'harfiah' | undefined,
): PasanganDinilai[] {
  return pasanganOf(keluarga).map((p) => {
    const ref = {
      keluarga: keluarga.id,
      istri: p.istri?.id ?? null,
      suami: p.suami?.id ?? null,
    };
    if (p.istri === null) {
      return { ...p, ref, status: 'tidak-dapat-ditentukan', kurang: ['istri'] };
    }
    const umur = usia(p.istri.tanggalLahir, tanggal);
    const status = statusFor(ketentuanFor(true, umur, usia50), p.istri.haid);
    const kurang = status === 'tidak-dapat-ditentukan' ? ['haid' as const] : [];
    return { ...p, ref, status, kurang };
  });
}

type Tally = {
  catin: RefAnggota[];
  pus: RefPasangan[];
  terbuka: PasanganTidakDapatDitentukan[];
  bukanPus: RefPasangan[];
  orang: Record<Kelompok, RefAnggota[]>;
  keluarga: Record<Kelompok, string[]>;
  rentan: string[];
};

/** The target groups of valid families of one desa. */
export function sasaranOf(
  keluarga: readonly KeluargaValid[],
  tanggal: Tanggal,
  options: Options,
): SasaranResult {
  const rentang = rentangOf(options);
  const t: Tally = {
    catin: [],
    pus: [],
    terbuka: [],
    bukanPus: [],
    orang: { balita: [], remaja: [], lansia: [] },
    keluarga: { balita: [], remaja: [], lansia: [] },
    rentan: [],
  };
  for (const k of keluarga) {
    for (const p of nilaiPasangan(k, tanggal, options.usia50)) {
      if (p.status === 'pus') t.pus.push(p.ref);
      else if (p.status === 'bukan-pus') t.bukanPus.push(p.ref);
      else t.terbuka.push({ ...p.ref, kurang: p.kurang });
    }
    tallyAnggota(t, k, tanggal, rentang);
    if (k.rentan) t.rentan.push(k.id);
  }
  return resultOf(t, keluarga, tanggal, rentang);
}

function tallyAnggota(
  t: Tally,
  k: KeluargaValid,
  tanggal: Tanggal,
  rentang: Record<Kelompok, RentangUsia>,
): void {
  const ada = new Set<Kelompok>();
  for (const a of k.anggota) {
    const ref = { keluarga: k.id, anggota: a.id };
    const umur = usia(a.tanggalLahir, tanggal);
    const belumKawin = a.statusKawin === 'belum-kawin';
    for (const g of KELOMPOK) {
      if (dalamRentang(rentang[g], umur, belumKawin)) {
        t.orang[g].push(ref);
        ada.add(g);
      }
    }
    if (a.rencanaMenikah !== undefined && a.rencanaMenikah >= tanggal) {
      t.catin.push(ref);
    }
  }
  for (const g of ada) t.keluarga[g].push(k.id);
}

function resultOf(
  t: Tally,
  keluarga: readonly KeluargaValid[],
  tanggal: Tanggal,
  rentang: Record<Kelompok, RentangUsia>,
): SasaranResult {
  const [catin, pus, keluargaDengan, perorangan] = CITATION;
  return {
    kodeDesa: keluarga[0]?.kodeDesa ?? null,
    tanggal,
    jumlahKeluarga: keluarga.length,
    catin: kelompok(t.catin, catin),
    pasangan: {
      jumlah: t.pus.length + t.terbuka.length + t.bukanPus.length,
      pus: kelompok(t.pus, pus),
      tidakDapatDitentukan: kelompok(t.terbuka, pus),
      bukanPus: kelompok(t.bukanPus, pus),
      citation: KETENTUAN_PUS.citation,
    },
    keluargaBalita: kelompok(t.keluarga.balita, keluargaDengan),
    keluargaRemaja: kelompok(t.keluarga.remaja, keluargaDengan),
    keluargaLansia: kelompok(t.keluarga.lansia, keluargaDengan),
    balita: kelompok(t.orang.balita, perorangan),
    remaja: kelompok(t.orang.remaja, perorangan),
    lansia: kelompok(t.orang.lansia, perorangan),
    keluargaRentan: kelompok(t.rentan, perorangan),
    usia: rentang,
    sebelumBerlaku: tanggal < KETENTUAN_PUS.berlakuSejak,
  };
}

function kelompok<T>(daftar: T[], citation: Citation): KelompokSasaran<T> {
  return { jumlah: daftar.length, daftar, citation };
}

// Angka 1 to 4 of the printed list, in order; angka 5 ("lainnya") names
// no group the records can show.
const CITATION = SASARAN.slice(0, 4).map((s) => s.citation) as [
  Citation,
  Citation,
  Citation,
  Citation,
];
