import type { Citation } from '../../citation.js';
import { cite, UU_13_1998 } from '../../citation.js';
import {
  decree,
  type FieldMetadata,
  field,
  type MetadataTable,
  NAMA_TIDAK_KOSONG,
} from '../metadata.js';

const B1 = 'Lampiran BAB II huruf B angka 1';
const b1 = (huruf: string) => decree(`${B1} huruf ${huruf}`);
const RAKOR = decree('Lampiran BAB II huruf B angka 4');
const PE_C = 'Lampiran BAB IV (Pemantauan dan Evaluasi) huruf C';
const RAPAT_BULANAN = decree(
  'Lampiran BAB III huruf C angka 3 huruf a angka 2)',
);

/** The codes of languages. */
const ISO_639_1: Citation = {
  instrument: 'ISO 639-1, Codes for the representation of names of languages',
  ref: 'id (Bahasa Indonesia), en (English)',
};

const pihak = (id: string, en: string, ...citations: Citation[]) =>
  field(`${id}, menurut perannya.`, `${en}, by role.`, ...citations);

const BAHASA = field(
  "Bahasa teks: 'id' (bawaan) atau 'en'.",
  "The language of the text: 'id' (default) or 'en'.",
  ISO_639_1,
);

function rentang(group: string, ...citations: Citation[]) {
  const at = (key: string, id: string, en: string) => ({
    [`${group}.${key}`]: field(id, en, ...citations),
  });
  return {
    [group]: field(
      `Bagian rentang usia ${group} yang menggantikan bawaan.`,
      `The parts of the ${group} age band that replace the default.`,
      ...citations,
    ),
    ...at(
      'usiaMinimal',
      'Usia terendah, tahun penuh.',
      'The lowest age, in completed years.',
    ),
    ...at(
      'usiaMaksimal',
      'Usia tertinggi, tahun penuh; null bila tanpa batas atas.',
      'The highest age, in completed years; null for none.',
    ),
    ...at(
      'belumKawin',
      'Apakah hanya yang belum pernah kawin termasuk.',
      'Whether only the never married belong.',
    ),
  } as Record<string, FieldMetadata>;
}

/** Annual programme, meetings, monitoring visits and options. */
export const PROGRAM_METADATA: MetadataTable = {
  BahasaSchema: {
    title: { id: 'Bahasa', en: 'Language' },
    description: {
      id: "Bahasa pustaka: 'id' Bahasa Indonesia (bawaan), 'en' Inggris.",
      en:
        "The languages of the library: 'id' Indonesian (default), " +
        "'en' English.",
    },
    citations: [ISO_639_1],
  },
  FormatInputErrorOptionsSchema: {
    title: { id: 'Opsi teks masalah', en: 'Options of the problem text' },
    description: {
      id: 'Bahasa teks masalah masukan.',
      en: 'The language of the text of input problems.',
    },
    citations: [ISO_639_1],
    fields: { bahasa: BAHASA },
  },
  CreateFormatterOptionsSchema: {
    title: { id: 'Opsi pemformat', en: 'Options of the formatter' },
    description: {
      id: 'Bahasa semua teks pustaka bagi satu aplikasi.',
      en: 'The language of every text of the library for one app.',
    },
    citations: [ISO_639_1],
    fields: { bahasa: BAHASA },
  },
  PelaksanaPemantauanSchema: {
    title: { id: 'Pelaksana pemantauan', en: 'Monitoring actor' },
    description: {
      id:
        'Siapa yang melaksanakan pemantauan dan evaluasi IMP: BKKBN, ' +
        'Perwakilan BKKBN Provinsi, perangkat daerah kabupaten/kota, ' +
        'Koordinator KB Kecamatan, Penyuluh KB/PLKB, Kepala Desa/Lurah.',
      en:
        'Who carries out the monitoring and evaluation of an IMP: BKKBN, ' +
        'its provincial office, the kabupaten/kota office, the kecamatan ' +
        'KB coordinator, a Penyuluh KB or PLKB, the Kepala Desa or Lurah.',
    },
    citations: [decree(`${PE_C} angka 2`)],
  },
  RapatKoordinasiSchema: {
    title: { id: 'Rapat koordinasi', en: 'Coordination meeting' },
    description: {
      id: 'Rapat koordinasi IMP menurut harinya. Kunci lain diabaikan.',
      en:
        'A coordination meeting of an IMP, by its day. Other keys are ' +
        'ignored.',
    },
    citations: [RAPAT_BULANAN],
    fields: {
      tanggal: field('Hari rapat.', 'The day of the meeting.', RAPAT_BULANAN),
    },
  },
  KunjunganPemantauanSchema: {
    title: { id: 'Kunjungan pemantauan', en: 'Monitoring visit' },
    description: {
      id: 'Kunjungan pemantauan dan evaluasi IMP: harinya dan pelaksananya.',
      en: 'A monitoring and evaluation visit of an IMP: its day and actor.',
    },
    citations: [decree(`${PE_C} angka 2`), decree(`${PE_C} angka 3`)],
    fields: {
      tanggal: field(
        'Hari kunjungan.',
        'The day of the visit.',
        decree(`${PE_C} angka 3`),
      ),
      pelaksana: field(
        'Siapa yang melaksanakannya.',
        'Who carried it out.',
        decree(`${PE_C} angka 2`),
      ),
    },
  },
  ListBulanTanpaPemantauanOptionsSchema: {
    title: {
      id: 'Opsi bulan tanpa pemantauan',
      en: 'Options of months without monitoring',
    },
    description: {
      id: 'Pelaksana yang kunjungannya dihitung.',
      en: 'The actors whose visits count.',
    },
    citations: [decree(`${PE_C} angka 2`)],
    fields: {
      pelaksana: field(
        'Hanya kunjungan pelaksana ini yang dihitung; bawaan: semua.',
        'Count only visits by these actors; by default all count.',
        decree(`${PE_C} angka 2`),
      ),
    },
  },
  UnsurProgramTahunanSchema: {
    title: { id: 'Unsur program tahunan', en: 'Party to the annual programme' },
    description: {
      id:
        'Pihak dalam program tahunan menurut perannya: Penyuluh KB, PLKB, ' +
        'IMP, Kepala Desa/Lurah, perangkat desa, tokoh masyarakat, lainnya.',
      en:
        'The parties to the annual programme by role: Penyuluh KB, PLKB, ' +
        'the IMP, the Kepala Desa or Lurah, a desa officer, a community ' +
        'leader, anyone else.',
    },
    citations: [decree(B1), RAKOR],
  },
  ProgramTahunanSchema: {
    title: { id: 'Program tahunan', en: 'Annual programme' },
    description: {
      id:
        'Program tahunan Bangga Kencana sebuah desa/kelurahan. Hanya desa ' +
        'dan tahun yang wajib, agar program yang belum selesai dapat dibaca ' +
        'dan diperiksa. Kunci lain diabaikan.',
      en:
        'The annual Bangga Kencana programme of a desa or kelurahan. Only ' +
        'the desa and the year are required, so that an unfinished ' +
        'programme can be read and checked. Other keys are ignored.',
    },
    citations: [decree(B1), RAKOR],
    unchecked: [NAMA_TIDAK_KOSONG],
    fields: {
      kodeDesa: field('Kode desa/kelurahan.', 'The desa code.', decree(B1)),
      tahun: field('Tahun program.', 'The year of the programme.', decree(B1)),
      kondisiSaatIni: field(
        'Kondisi saat ini.',
        'The current condition.',
        b1('a'),
      ),
      kondisiInginDicapai: field(
        'Kondisi yang ingin dicapai.',
        'The condition to reach.',
        b1('b'),
      ),
      strategi: field('Strategi pencapaian.', 'How to reach it.', b1('c')),
      'strategi.penggerakan': field(
        'Strategi penggerakan.',
        'The strategy of mobilisation.',
        b1('c'),
      ),
      'strategi.pelayanan': field(
        'Strategi pelayanan.',
        'The strategy of services.',
        b1('c'),
      ),
      jadwal: field(
        'Jadwal tentatif kegiatan.',
        'The tentative schedule.',
        b1('d'),
      ),
      'jadwal[].nama': field('Nama kegiatan.', 'The activity.', b1('d')),
      'jadwal[].pelaksana': field(
        'Pelaksana kegiatan.',
        'Who carries it out.',
        b1('d'),
      ),
      'jadwal[].waktu': field(
        'Waktunya: bulan YYYY-MM atau hari YYYY-MM-DD.',
        'When: a month YYYY-MM or a day YYYY-MM-DD.',
        b1('d'),
      ),
      penyusun: pihak('Penyusun program', 'Who drew it up', decree(B1)),
      'penyusun[].unsur': field('Peran penyusun.', 'The role.', decree(B1)),
      diketahui: pihak(
        'Yang mengetahui program, dan harinya',
        'Who acknowledged it, and when',
        decree(B1),
      ),
      'diketahui.unsur': field('Perannya.', 'The role.', decree(B1)),
      'diketahui.tanggal': field('Hari diketahui.', 'The day.', decree(B1)),
      tahunRkp: field(
        'Tahun RKP desa yang berkaitan.',
        'The year of the RKP of the desa it is tied to.',
        decree(B1),
      ),
      rakorAwalTahun: field(
        'Rapat koordinasi awal tahun.',
        'The coordination meeting opening the year.',
        RAKOR,
      ),
      'rakorAwalTahun.tanggal': field('Hari rapat.', 'The day.', RAKOR),
      'rakorAwalTahun.peserta': pihak('Peserta rapat', 'Who attended', RAKOR),
      'rakorAwalTahun.peserta[].unsur': field(
        'Peran peserta.',
        'The role.',
        RAKOR,
      ),
    },
  },
  IdTemuanProgramTahunanSchema: {
    title: { id: 'Temuan program tahunan', en: 'Annual programme finding' },
    description: {
      id:
        'Id tetap temuan pemeriksaan program tahunan, menurut urutan ' +
        'klausul.',
      en:
        'The stable ids of the findings on an annual programme, in ' +
        'clause order.',
    },
    citations: [decree(B1), RAKOR],
  },
  CheckProgramTahunanOptionsSchema: {
    title: {
      id: 'Opsi pemeriksaan program tahunan',
      en: 'Options of the annual programme check',
    },
    description: {
      id: 'Bulan terakhir yang masih dibaca sebagai awal tahun.',
      en: 'The last month still read as the beginning of the year.',
    },
    citations: [RAKOR],
    fields: {
      awalTahunSampaiBulan: field(
        'Bulan terakhir awal tahun, 1 sampai 12; bawaan: triwulan pertama.',
        'The last month of the beginning of the year, 1 to 12; by ' +
          'default the first quarter.',
        RAKOR,
      ),
    },
  },
  AssessSasaranOptionsSchema: {
    title: { id: 'Opsi sasaran', en: 'Options of the target groups' },
    description: {
      id:
        'Pembacaan istri tepat 50 tahun dan, per kelompok, bagian rentang ' +
        'usia yang menggantikan bawaan.',
      en:
        'The reading of a wife of exactly 50 and, per group, the parts of ' +
        'its age band that replace the default.',
    },
    citations: [decree('Lampiran BAB II huruf C')],
    unchecked: [
      {
        id: 'Usia tertinggi sebuah rentang tidak di bawah usia terendahnya.',
        en: 'The highest age of a band is not below its lowest.',
      },
    ],
    fields: {
      usia50: field(
        "Istri tepat 50 tahun: 'inklusif' (bawaan) atau 'harfiah'.",
        "A wife of exactly 50: 'inklusif' (default) or 'harfiah'.",
        decree('Lampiran BAB I huruf D angka 26'),
      ),
      ...rentang('balita', decree('Lampiran BAB II huruf C angka 4')),
      ...rentang('remaja', decree('Lampiran BAB II huruf C angka 4')),
      ...rentang(
        'lansia',
        decree('Lampiran BAB II huruf C angka 4'),
        cite(UU_13_1998, 'Pasal 1 angka 2'),
      ),
    },
  },
};
