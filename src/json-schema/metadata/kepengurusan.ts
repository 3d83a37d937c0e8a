import {
  decree,
  type FieldMetadata,
  field,
  type MetadataTable,
  NAMA_TIDAK_KOSONG,
  under,
} from '../metadata.js';

const B1 = 'Lampiran BAB III huruf B angka 1';
const B2 = 'Lampiran BAB III huruf B angka 2';
const DATA = decree('Lampiran BAB IV huruf A angka 1 huruf a');
const TUGAS = decree('Lampiran BAB III huruf C');
const PEMBAGIAN_TUGAS = decree('Lampiran BAB IV huruf C angka 1 huruf a');

const PENGURUS: Readonly<Record<string, FieldMetadata>> = {
  nama: field('Nama orang itu.', "The person's name.", DATA),
  domisili: field('Tempat tinggal.', 'Where the person lives.', DATA),
  nik: field(
    'NIK pada KTP orang itu; data pribadi.',
    "The NIK on the person's KTP; personal data.",
    DATA,
  ),
  tugas: field(
    'Tugas yang tertulis untuk orang itu, mis. dalam Surat Keputusan.',
    'The tasks written down for the person, e.g. in the Surat Keputusan.',
    TUGAS,
    PEMBAGIAN_TUGAS,
  ),
};

const holder = (id: string, en: string, ref: string) =>
  field(
    `${id}; kosong bila belum terisi.`,
    `${en}; absent when vacant.`,
    decree(`${B1} ${ref}`),
  );

const ketuaTingkat = (id: string, en: string, ref: string) =>
  field(
    `Ketua ${id}, bila diketahui.`,
    `The leader of the ${en}, if known.`,
    decree(`${B1} ${ref}`),
  );

/** The roster of an IMP and the findings of its structure check. */
export const KEPENGURUSAN_METADATA: MetadataTable = {
  PengurusSchema: {
    title: { id: 'Pengurus', en: 'Board member' },
    description: {
      id:
        'Satu orang yang memegang jabatan dalam IMP Bangga Kencana: nama ' +
        'wajib; domisili dan NIK seperti yang diminta data pengembangan ' +
        'struktur, bila ada.',
      en:
        'One person holding a position in an IMP Bangga Kencana: the name ' +
        'is required; domicile and NIK, as the data for structure growth ' +
        'ask, where known.',
    },
    citations: [DATA, TUGAS],
    unchecked: [NAMA_TIDAK_KOSONG],
    fields: PENGURUS,
  },
  UnsurPembinaSchema: {
    title: { id: 'Unsur Pembina', en: 'Background of a Pembina' },
    description: {
      id:
        'Asal Pembina: Penyuluh KB, PLKB, tokoh masyarakat (TOMA), tokoh ' +
        "agama (TOGA), atau 'lainnya' yang tidak dibolehkan keputusan.",
      en:
        'Where a Pembina comes from: a Penyuluh KB, a PLKB, a community ' +
        "leader (TOMA), a religious leader (TOGA), or 'lainnya', which the " +
        'decree does not allow.',
    },
    citations: [decree(`${B2} huruf b`)],
  },
  JabatanPenanggungJawabSchema: {
    title: {
      id: 'Jabatan Penanggung jawab',
      en: 'Office of the Penanggung jawab',
    },
    description: {
      id:
        "Jabatan Penanggung jawab: Kepala Desa, Lurah, atau 'lainnya' " +
        'yang tidak sesuai keputusan.',
      en:
        'The office of the Penanggung jawab: Kepala Desa, Lurah, or ' +
        "'lainnya', " +
        'which the decree does not allow.',
    },
    citations: [decree(`${B2} huruf a`)],
  },
  KepengurusanSchema: {
    title: { id: 'Kepengurusan IMP', en: 'Roster of an IMP' },
    description: {
      id:
        'Susunan IMP Bangga Kencana: siapa memegang jabatan mana dalam ' +
        'struktur paling sedikit. Jabatan yang tidak disebut dibaca ' +
        'kosong; kekurangannya dilaporkan pemeriksaan struktur, bukan ' +
        'ditolak skema ini.',
      en:
        'The roster of an IMP Bangga Kencana: who holds which position of ' +
        'the minimum structure. A position left out is vacant; the ' +
        'structure check reports what is missing, this schema does not ' +
        'refuse it.',
    },
    citations: [decree(B1), decree(B2)],
    fields: {
      penanggungJawab: holder(
        'Penanggung jawab',
        'The Penanggung jawab',
        'huruf a',
      ),
      ...under('penanggungJawab', PENGURUS),
      'penanggungJawab.jabatan': field(
        'Jabatan Penanggung jawab.',
        'The office of the Penanggung jawab.',
        decree(`${B2} huruf a`),
      ),
      pembina: field('Para Pembina.', 'The Pembina.', decree(`${B1} huruf b`)),
      ...under('pembina[]', PENGURUS),
      'pembina[].unsur': field(
        'Asal Pembina.',
        'Where the Pembina comes from.',
        decree(`${B2} huruf b`),
      ),
      ketua: holder('Ketua', 'The Ketua', 'huruf c angka 1)'),
      sekretaris: holder('Sekretaris', 'The Sekretaris', 'huruf c angka 2)'),
      bendahara: holder('Bendahara', 'The Bendahara', 'huruf c angka 3)'),
      bidang: field(
        'Bidang-bidang.',
        'The bidang (divisions).',
        decree(`${B1} huruf c angka 4)`),
      ),
      'bidang.data': holder(
        'Bidang data Bangga Kencana',
        'The data bidang',
        'huruf c angka 4) huruf a)',
      ),
      'bidang.kiePenggerakan': holder(
        'Bidang KIE dan Penggerakan',
        'The IEC and mobilisation bidang',
        'huruf c angka 4) huruf b)',
      ),
      'bidang.pelayanan': holder(
        'Bidang Pelayanan Bangga Kencana',
        'The services bidang',
        'huruf c angka 4) huruf c)',
      ),
      subImp: field(
        'Sub IMP di tingkat RW.',
        'The Sub IMP at RW level.',
        decree(`${B1} huruf c angka 5)`),
      ),
      'subImp[].rw': field(
        'Nomor RW Sub IMP itu.',
        'The number of its RW.',
        decree('Lampiran BAB I huruf D angka 24'),
      ),
      'subImp[].ketua': ketuaTingkat('Sub IMP', 'Sub IMP', 'huruf c angka 5)'),
      kelompokKb: field(
        'Kelompok KB di tingkat RT.',
        'The Kelompok KB at RT level.',
        decree(`${B1} huruf c angka 6)`),
      ),
      'kelompokKb[].rw': field(
        'Nomor RW tempat RT itu.',
        'The number of the RW of its RT.',
        decree('Lampiran BAB I huruf D angka 24'),
      ),
      'kelompokKb[].rt': field(
        'Nomor RT Kelompok KB itu.',
        'The number of its RT.',
        decree('Lampiran BAB I huruf D angka 25'),
      ),
      'kelompokKb[].ketua': ketuaTingkat(
        'Kelompok KB',
        'Kelompok KB',
        'huruf c angka 6)',
      ),
      dipilihMelaluiMusyawarah: field(
        'Apakah pengurus dipilih masyarakat melalui musyawarah; kosong ' +
          'bila tidak tercatat.',
        'Whether the community chose the board by musyawarah; absent when ' +
          'not recorded.',
        decree(`${B2} huruf c`),
      ),
    },
  },
  IdTemuanStrukturSchema: {
    title: { id: 'Temuan struktur', en: 'Structure finding' },
    description: {
      id:
        "Kode tetap temuan pemeriksaan struktur: '…-kosong' untuk jabatan " +
        "yang kosong, '…-tidak-sesuai' untuk pemegang yang tidak " +
        'dibolehkan, ' +
        "dan 'musyawarah-tidak-diketahui' bila cara memilih tidak tercatat.",
      en:
        "The stable ids of the structure check's findings: '…-kosong' for " +
        "a vacant position, '…-tidak-sesuai' for a holder the decree does " +
        "not allow, 'musyawarah-tidak-diketahui' when the way the board was " +
        'chosen is not recorded.',
    },
    citations: [decree(B1), decree(B2)],
  },
  ValidateKepengurusanOptionsSchema: {
    title: {
      id: 'Opsi pemeriksaan struktur',
      en: 'Options of the structure check',
    },
    description: {
      id:
        'Opsi pemeriksaan kepengurusan: pohon desa, agar tiap RW diperiksa ' +
        'punya Sub IMP dan tiap RT punya Kelompok KB.',
      en:
        'Options of the roster check: the desa tree, so that each RW is ' +
        'checked for a Sub IMP and each RT for a Kelompok KB.',
    },
    citations: [
      decree(`${B1} huruf c angka 5)`),
      decree(`${B1} huruf c angka 6)`),
    ],
    fields: {
      desa: field(
        'Pohon desa yang menjadi acuan Sub IMP dan Kelompok KB.',
        'The desa tree to check Sub IMP and Kelompok KB against.',
        decree('Lampiran BAB IV huruf A angka 1'),
      ),
    },
  },
};
