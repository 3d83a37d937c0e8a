import type { Citation } from '../../citation.js';
import type { Label } from '../../label.js';
import {
  decree,
  field,
  type MetadataTable,
  NAMA_TIDAK_KOSONG,
} from '../metadata.js';

/** The list of region codes of the Ministry of Home Affairs. */
export const KEPMENDAGRI_KODE: Citation = {
  instrument: 'Keputusan Menteri Dalam Negeri Nomor 300.2.2-2430 Tahun 2025',
  ref: 'Lampiran',
};

const DESA = decree('Lampiran BAB I huruf D angka 22');
const KELURAHAN = decree('Lampiran BAB I huruf D angka 23');
const RW = decree('Lampiran BAB I huruf D angka 24');
const RT = decree('Lampiran BAB I huruf D angka 25');
const IMP = decree('Lampiran BAB I huruf D angka 13');
const SUB_IMP = decree('Lampiran BAB I huruf D angka 14');
const KELOMPOK_KB = decree('Lampiran BAB I huruf D angka 15');
const WADAH = decree('Lampiran BAB IV huruf B');
const TARGET = decree('Lampiran BAB IV huruf A angka 1');

const NOMOR_UNIK: Label = {
  id:
    'Nomor RW tidak boleh dipakai dua kali dalam satu desa, dan nomor RT ' +
    'tidak boleh dipakai dua kali dalam satu RW.',
  en:
    'An RW number must not be used twice in one desa, nor an RT number ' +
    'twice in one RW.',
};

const SHAPE_ONLY = {
  id: ' Hanya bentuknya yang diperiksa, bukan keberadaannya dalam daftar.',
  en: ' Only the shape is checked, not whether the list holds it.',
};

function kode(title: Label, id: string, en: string) {
  return {
    title,
    description: { id: id + SHAPE_ONLY.id, en: en + SHAPE_ONLY.en },
    citations: [KEPMENDAGRI_KODE],
  };
}

const poktan = (id: string, en: string) =>
  field(
    `Jenis Poktan yang ada di ${id}; tempat ini menjadi wadah pembinaannya.`,
    `The kinds of Poktan at ${en}; this place is where they are fostered.`,
    WADAH,
  );

/** Regions and the desa tree. */
export const WILAYAH_METADATA: MetadataTable = {
  TingkatWilayahSchema: {
    title: { id: 'Tingkat wilayah', en: 'Administrative tier' },
    description: {
      id:
        'Tingkat pemerintahan dari provinsi sampai RT. Desa dan kelurahan ' +
        'satu tingkat, demikian pula RW dan dusun.',
      en:
        'The administrative tiers from the province down to the RT. A desa ' +
        'and a kelurahan share a tier, as do an RW and a dusun.',
    },
    citations: [DESA, KELURAHAN, RW, RT, KEPMENDAGRI_KODE],
  },
  KodeProvinsiSchema: kode(
    { id: 'Kode provinsi', en: 'Province code' },
    "Kode provinsi Kemendagri: dua digit, mis. '32'.",
    "A Kemendagri province code: two digits, e.g. '32'.",
  ),
  KodeKabupatenKotaSchema: kode(
    { id: 'Kode kabupaten/kota', en: 'Kabupaten or kota code' },
    "Kode provinsi, titik, dua digit, mis. '32.04'.",
    "The province code, a dot, two digits, e.g. '32.04'.",
  ),
  KodeKecamatanSchema: kode(
    { id: 'Kode kecamatan', en: 'Kecamatan code' },
    "Kode kabupaten/kota, titik, dua digit, mis. '32.04.11'.",
    "The kabupaten or kota code, a dot, two digits, e.g. '32.04.11'.",
  ),
  KodeDesaSchema: kode(
    { id: 'Kode desa/kelurahan', en: 'Desa or kelurahan code' },
    "Kode kecamatan, titik, empat digit, mis. '32.04.11.2001'.",
    "The kecamatan code, a dot, four digits, e.g. '32.04.11.2001'.",
  ),
  NomorWilayahSchema: {
    title: { id: 'Nomor RW atau RT', en: 'RW or RT number' },
    description: {
      id: 'Nomor RW dalam desanya, atau RT dalam RW-nya: bilangan bulat 1+.',
      en: 'The number of an RW in its desa, or of an RT in its RW: 1 or more.',
    },
    citations: [RW, RT],
  },
  DesaSchema: {
    title: { id: 'Desa/kelurahan', en: 'Desa or kelurahan' },
    description: {
      id:
        'Sebuah desa atau kelurahan dengan RW (atau dusun) dan RT-nya, dan ' +
        'institusi yang ada di tiap tempat: IMP Bangga Kencana di desa, ' +
        'Sub IMP di RW, Kelompok KB di RT, serta Poktan tiap tempat. ' +
        'Institusi yang tidak disebut dibaca tidak ada.',
      en:
        'A desa or kelurahan with its RW (or dusun) and their RT, and the ' +
        'institutions at each place: the IMP Bangga Kencana at the desa, a ' +
        'Sub IMP at an RW, a Kelompok KB at an RT, and the Poktan of each ' +
        'place. An institution left out is read as absent.',
    },
    citations: [DESA, KELURAHAN, IMP, SUB_IMP, KELOMPOK_KB, TARGET],
    unchecked: [NOMOR_UNIK, NAMA_TIDAK_KOSONG],
    fields: {
      kode: field(
        'Kode desa/kelurahan Kemendagri.',
        'The Kemendagri code of the desa or kelurahan.',
        KEPMENDAGRI_KODE,
      ),
      nama: field(
        'Nama desa/kelurahan.',
        'The name of the desa or kelurahan.',
        DESA,
        KELURAHAN,
      ),
      imp: field(
        'Apakah IMP Bangga Kencana sudah ada di desa ini.',
        'Whether the desa has an IMP Bangga Kencana.',
        IMP,
        TARGET,
      ),
      poktan: poktan('tingkat desa', 'the desa level'),
      rw: field('RW (atau dusun) di desa ini.', 'The RW (or dusun).', RW),
      'rw[].nomor': field('Nomor RW.', 'The RW number.', RW),
      'rw[].dusun': field(
        'Nama dusun, bila RW disebut dusun.',
        'The name of the dusun, where the RW is one.',
        SUB_IMP,
      ),
      'rw[].subImp': field(
        'Apakah Sub IMP Bangga Kencana sudah ada di RW ini.',
        'Whether the RW has a Sub IMP Bangga Kencana.',
        SUB_IMP,
        TARGET,
      ),
      'rw[].poktan': poktan('RW ini', 'this RW'),
      'rw[].rt': field('RT di RW ini.', 'The RT of this RW.', RT),
      'rw[].rt[].nomor': field('Nomor RT.', 'The RT number.', RT),
      'rw[].rt[].kelompokKb': field(
        'Apakah Kelompok KB sudah ada di RT ini.',
        'Whether the RT has a Kelompok KB.',
        KELOMPOK_KB,
        TARGET,
      ),
      'rw[].rt[].poktan': poktan('RT ini', 'this RT'),
    },
  },
};
