import { decree, field, type MetadataTable } from '../metadata.js';
import { LAHIR_SEBELUM_TANGGAL } from './pup.js';

const PUS = decree('Lampiran BAB I huruf D angka 26');

/** The PUS rule. */
export const PUS_METADATA: MetadataTable = {
  PasanganSchema: {
    title: { id: 'Pasangan', en: 'Couple' },
    description: {
      id:
        'Pasangan sebagaimana dibaca aturan PUS (Pasangan Usia Subur). ' +
        'Kunci lain dalam rekaman (nama, NIK) diabaikan dan tidak dibaca.',
      en:
        'A couple as the PUS (couple of reproductive age) rule reads it. ' +
        'Other keys of a record (names, NIK) are ignored and never read.',
    },
    citations: [PUS],
    unchecked: [LAHIR_SEBELUM_TANGGAL],
    fields: {
      menikah: field(
        'Apakah keduanya pasangan suami istri.',
        'Whether the two are husband and wife.',
        PUS,
      ),
      istri: field('Istri dalam pasangan.', 'The wife of the couple.', PUS),
      'istri.tanggalLahir': field(
        'Tanggal lahir istri, YYYY-MM-DD.',
        "The wife's birth date, YYYY-MM-DD.",
        PUS,
      ),
      'istri.haid': field(
        'Apakah istri masih haid; kosongkan bila tidak diketahui. ' +
          'Menentukan hanya bila istri di bawah 15 atau 50 tahun ke atas.',
        'Whether the wife menstruates; leave out when not known. It ' +
          'decides only when she is under 15, or 50 or over.',
        PUS,
      ),
    },
  },
  AssessPusOptionsSchema: {
    title: { id: 'Opsi penilaian PUS', en: 'Options of the PUS rule' },
    description: {
      id: 'Cara membaca bagian definisi PUS yang tidak jelas.',
      en: 'How to read the unclear part of the PUS definition.',
    },
    citations: [PUS],
    fields: {
      usia50: field(
        'Istri tepat 50 tahun, yang tidak disebut kedua bagian definisi. ' +
          "'inklusif' (bawaan): 50 ke atas dihitung selama masih haid. " +
          '\'harfiah\': "lebih dari 50" dalam tahun penuh, jadi 50 ' +
          'tidak pernah PUS.',
        'A wife of exactly 50, whom neither part of the definition names. ' +
          "'inklusif' (default): 50 and over counts while she " +
          'menstruates. \'harfiah\': "lebih dari 50" in completed years, ' +
          'so 50 is never PUS.',
        PUS,
      ),
    },
  },
};
