import type { Label } from '../../label.js';
import { decree, field, type MetadataTable } from '../metadata.js';

const KTP = decree('Lampiran BAB IV huruf A angka 1 huruf a');

/** What the NIK schema checks beyond its sixteen digits. */
export const NIK_SAH: Label = {
  id:
    'Bagian tanggal lahir NIK (digit 7-12, DDMMYY; hari perempuan ' +
    'ditambah 40) harus hari yang ada, dengan 29 Februari diterima bila ' +
    'dua digit tahun habis dibagi empat, dan nomor urut (digit 13-16) ' +
    'bukan 0000. Jangan pernah menulis NIK ke dalam pesan atau log.',
  en:
    "The birth-date part of a NIK (digits 7-12, DDMMYY; a woman's day " +
    'plus 40) must be a day that exists, 29 February being accepted when ' +
    'the two-digit year is divisible by four, and the serial (digits ' +
    '13-16) must not be 0000. Never write a NIK into a message or a log.',
};

/** The NIK. */
export const NIK_METADATA: MetadataTable = {
  NikSchema: {
    title: { id: 'NIK', en: 'NIK (national identity number)' },
    description: {
      id:
        'Nomor Induk Kependudukan pada KTP: 16 digit, yaitu wilayah ' +
        'penerbitan (provinsi, kabupaten/kota, kecamatan, masing-masing ' +
        'dua digit), tanggal lahir DDMMYY, dan nomor urut. Wilayahnya ' +
        'adalah tempat NIK diterbitkan, jadi hanya diperiksa sebagai digit.',
      en:
        'The population number on the KTP: 16 digits, being the region of ' +
        'issue (province, kabupaten/kota, kecamatan, two digits each), the ' +
        'birth date DDMMYY, and a serial. The region is where the NIK was ' +
        'issued, so it is checked as digits only.',
    },
    citations: [KTP],
    unchecked: [NIK_SAH],
  },
  DataNikSchema: {
    title: { id: 'Data yang dinyatakan', en: 'Declared data' },
    description: {
      id:
        'Apa yang dinyatakan seseorang, untuk dibandingkan dengan NIK-nya. ' +
        'Keduanya boleh dikosongkan; yang kosong tidak diperiksa.',
      en:
        'What a person declares, to compare with their NIK. Both may be ' +
        'left out; what is left out is not compared.',
    },
    citations: [KTP],
    fields: {
      tanggalLahir: field(
        'Tanggal lahir yang dinyatakan, YYYY-MM-DD.',
        'The declared birth date, YYYY-MM-DD.',
        KTP,
      ),
      jenisKelamin: field(
        'Jenis kelamin yang dinyatakan.',
        'The declared sex.',
        KTP,
      ),
    },
  },
};
