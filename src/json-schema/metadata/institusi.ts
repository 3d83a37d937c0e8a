import { decree, type MetadataTable } from '../metadata.js';

/** Institutions, Poktan and who carries duties. */
export const INSTITUSI_METADATA: MetadataTable = {
  JenisPoktanSchema: {
    title: { id: 'Jenis Poktan', en: 'Kind of Poktan' },
    description: {
      id:
        'Jenis kelompok kegiatan (Poktan) yang disebut keputusan: BKB, BKR, ' +
        'BKL, PIK Remaja, UPPKA, Kelompok KB dan Rumah Dataku. Daftar ' +
        'dalam keputusan tidak seragam; ketujuhnya diterima.',
      en:
        'The kinds of activity group (Poktan) the decree names: BKB, BKR, ' +
        'BKL, PIK Remaja, UPPKA, Kelompok KB and Rumah Dataku. The lists ' +
        'of the decree disagree; all seven are accepted.',
    },
    citations: [
      decree('Lampiran BAB I huruf D angka 5'),
      decree('Lampiran BAB I huruf D angka 10'),
      decree('Lampiran BAB III huruf C angka 3 huruf d angka 3) huruf a)'),
      decree('Lampiran BAB IV huruf B'),
    ],
  },
  TingkatInstitusiSchema: {
    title: { id: 'Tingkat institusi', en: 'Tier of an institution' },
    description: {
      id:
        'Tingkat tempat keputusan menempatkan institusi dan Poktan: ' +
        'desa/kelurahan, RW/dusun, dan RT.',
      en:
        'The tiers at which the decree places institutions and Poktan: the ' +
        'desa or kelurahan, the RW or dusun, and the RT.',
    },
    citations: [decree('Lampiran BAB IV huruf B')],
  },
  InstitusiSchema: {
    title: { id: 'Institusi', en: 'Institution' },
    description: {
      id:
        'Institusi masyarakat, satu per tingkat: IMP Bangga Kencana di ' +
        'desa/kelurahan, Sub IMP Bangga Kencana di RW/dusun, Kelompok KB ' +
        'di RT.',
      en:
        'The community institutions, one per tier: IMP Bangga Kencana at ' +
        'the desa or kelurahan, Sub IMP Bangga Kencana at the RW or dusun, ' +
        'Kelompok KB at the RT.',
    },
    citations: [
      decree('Lampiran BAB I huruf D angka 13'),
      decree('Lampiran BAB I huruf D angka 14'),
      decree('Lampiran BAB I huruf D angka 15'),
    ],
  },
  NamaLamaSchema: {
    title: { id: 'Nama lama institusi', en: 'Former name of an institution' },
    description: {
      id:
        'Nama institusi sebelum keputusan ini: PPKBD (kini IMP Bangga ' +
        'Kencana), Sub PPKBD (kini Sub IMP) dan Pok KB (kini Kelompok KB).',
      en:
        'The names before this decree: PPKBD (now IMP Bangga Kencana), ' +
        'Sub PPKBD (now Sub IMP) and Pok KB (now Kelompok KB).',
    },
    citations: [decree('Diktum KETUJUH')],
  },
  PemangkuTugasSchema: {
    title: { id: 'Pemangku tugas', en: 'Holder of a duty' },
    description: {
      id:
        'Siapa yang dapat memikul tugas dalam katalog: kepala pemerintahan ' +
        'kabupaten/kota, kecamatan dan desa/kelurahan, jabatan dalam IMP ' +
        'Bangga Kencana, dan kader tiap tingkat.',
      en:
        'Who can carry a duty in the catalogues: the heads of government ' +
        'of the kabupaten or kota, kecamatan and desa or kelurahan, the ' +
        'positions of an IMP Bangga Kencana, and the kader of each tier.',
    },
    citations: [
      decree('Lampiran BAB II huruf A'),
      decree('Lampiran BAB III huruf C'),
      decree('Lampiran BAB IV huruf A angka 2 penjelasan huruf b'),
    ],
  },
};
