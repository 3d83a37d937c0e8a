import { cite, UU_16_2019 } from '../../citation.js';
import type { Label } from '../../label.js';
import { decree, field, type MetadataTable } from '../metadata.js';

const PUP = decree(
  'Lampiran BAB IV huruf A angka 2 penjelasan huruf h angka 1)',
);
const UU_PERKAWINAN = cite(UU_16_2019, 'Pasal 7 ayat (1)');
const SASARAN_CATIN = decree('Lampiran BAB II huruf C angka 1');

/** A birth date is judged against a day given beside the record. */
export const LAHIR_SEBELUM_TANGGAL: Label = {
  id:
    'Tanggal lahir tidak boleh jatuh setelah hari yang dinilai; hari ' +
    'itu diberikan terpisah dari rekaman.',
  en:
    'A birth date must not fall after the day judged, which is given ' +
    'apart from the record.',
};

const LAHIR_SEBELUM_MENIKAH: Label = {
  id:
    'Tanggal lahir tidak boleh jatuh setelah tanggal menikah, yang ' +
    'diberikan terpisah dari rekaman; tanggal menikah sebelum UU 1/1974 ' +
    'berlaku tidak dinilai.',
  en:
    'A birth date must not fall after the wedding day, which is given ' +
    'apart from the record; wedding days before Law 1/1974 came into ' +
    'force are not judged.',
};

const lahir = (id: string, en: string) =>
  field(
    `Tanggal lahir ${id}, YYYY-MM-DD.`,
    `${en} birth date, YYYY-MM-DD.`,
    PUP,
  );

/** Pendewasaan Usia Perkawinan (PUP). */
export const PUP_METADATA: MetadataTable = {
  JenisKelaminSchema: {
    title: { id: 'Jenis kelamin', en: 'Sex' },
    description: {
      id:
        'Jenis kelamin sebagaimana dibedakan undang-undang perkawinan dan ' +
        "usia ideal PUP: 'laki-laki' atau 'perempuan'.",
      en:
        'Sex as the marriage law and the PUP ideal ages tell it apart: ' +
        "'laki-laki' (male) or 'perempuan' (female).",
    },
    citations: [PUP, UU_PERKAWINAN],
  },
  OrangSchema: {
    title: { id: 'Orang (PUP)', en: 'Person (PUP)' },
    description: {
      id:
        'Seseorang yang usia menikahnya dinilai terhadap usia ideal PUP ' +
        'dan usia minimal menurut undang-undang. Kunci lain diabaikan.',
      en:
        'A person whose age at marriage is judged against the PUP ideal ' +
        'and the legal minimum. Other keys are ignored.',
    },
    citations: [PUP, UU_PERKAWINAN],
    unchecked: [LAHIR_SEBELUM_MENIKAH],
    fields: {
      jenisKelamin: field(
        'Jenis kelamin, yang menentukan usia ideal dan usia minimal.',
        'Sex, which sets the ideal and the minimum age.',
        PUP,
        UU_PERKAWINAN,
      ),
      tanggalLahir: lahir('orang itu', "The person's"),
    },
  },
  CatinSchema: {
    title: { id: 'Calon pengantin', en: 'Bride and groom' },
    description: {
      id:
        'Calon suami dan calon istri (catin) yang usia menikahnya dinilai ' +
        'bersama. Kunci lain diabaikan.',
      en:
        'A groom and a bride to be (catin) whose ages at marriage are ' +
        'judged together. Other keys are ignored.',
    },
    citations: [PUP, SASARAN_CATIN, UU_PERKAWINAN],
    unchecked: [LAHIR_SEBELUM_MENIKAH],
    fields: {
      calonSuami: field('Calon suami.', 'The groom.', PUP),
      'calonSuami.tanggalLahir': lahir('calon suami', "The groom's"),
      calonIstri: field('Calon istri.', 'The bride.', PUP),
      'calonIstri.tanggalLahir': lahir('calon istri', "The bride's"),
    },
  },
};
