import type { Label } from '../../label.js';
import {
  decree,
  type FieldMetadata,
  field,
  type MetadataTable,
  under,
} from '../metadata.js';

const A2 = 'Lampiran BAB IV huruf A angka 2';
const C = 'Lampiran BAB IV huruf C';
const c = (ref: string) => decree(`${C} angka ${ref}`);
const RAPAT_BULANAN = decree(
  'Lampiran BAB III huruf C angka 3 huruf a angka 2)',
);
const BERJENJANG = decree(`${A2} penjelasan huruf e`);

const PERIODE_URUT: Label = {
  id: 'Tanggal selesai periode tidak boleh sebelum tanggal mulainya.',
  en: 'The end of a period must not come before its start.',
};

const ADVOKASI_KIE: Readonly<Record<string, FieldMetadata>> = {
  kie: field(
    'Apakah KIE kepada masyarakat dilakukan.',
    'Whether IEC (KIE) reaches the community.',
    c('1 huruf c'),
  ),
  kipk: field(
    'Apakah konseling antarpribadi (KIP/K) dilakukan.',
    'Whether interpersonal counselling (KIP/K) is given.',
    c('2 huruf c'),
  ),
};

const PENCATATAN: Readonly<Record<string, FieldMetadata>> = {
  cara: field(
    "Cara pencatatan: 'tidak-ada', 'sederhana', atau " +
      "'pola-rr-rumah-dataku' (pola R/R di Rumah DataKU).",
    "How records are kept: 'tidak-ada' (none), 'sederhana' (simple), or " +
      "'pola-rr-rumah-dataku' (the R/R pattern in a Rumah DataKU).",
    c('1 huruf d'),
    c('2 huruf d'),
  ),
};

const LAYANAN: Readonly<Record<string, FieldMetadata>> = {
  pembinaanPesertaKbAktif: field(
    'Apakah peserta KB aktif dibina.',
    'Whether active family-planning users are supported.',
    c('1 huruf e angka 1)'),
  ),
  rujukan: field(
    'Apakah rujukan dilayani.',
    'Whether referrals are made.',
    c('1 huruf e angka 2)'),
  ),
};

const KEMANDIRIAN: Readonly<Record<string, FieldMetadata>> = {
  upaya: field(
    'Upaya kemandirian yang dilakukan; entri berulang dihitung sekali.',
    'The self-reliance efforts made; a repeated entry counts once.',
    decree(`${A2} penjelasan huruf i`),
    c('1 huruf f'),
  ),
};

const peran = (id: string, en: string, huruf: string) =>
  field(
    `Peran Bakti ${id}.`,
    `The Peran Bakti ${en}.`,
    decree(`${A2} huruf ${huruf}`),
  );

const ADVOKASI_KIE_GROUP = peran(
  'Advokasi, KIE dan Konseling',
  'of advocacy, IEC and counselling',
  'c',
);
const PENCATATAN_GROUP = peran(
  'Pencatatan, Pendataan, dan Pemetaan',
  'of records, data and mapping',
  'd',
);
const PELAYANAN_GROUP = peran('Pelayanan Kegiatan', 'of services', 'e');
const KEMANDIRIAN_GROUP = peran('Kemandirian', 'of self-reliance', 'f');

/** Assessment and classification of an IMP. */
export const KLASIFIKASI_METADATA: MetadataTable = {
  PeriodeSchema: {
    title: { id: 'Periode penilaian', en: 'Period of assessment' },
    description: {
      id: 'Periode penilaian dari mulai sampai selesai, keduanya termasuk.',
      en: 'A period of assessment from start to end, both days included.',
    },
    citations: [RAPAT_BULANAN],
    unchecked: [PERIODE_URUT],
    fields: {
      mulai: field('Hari pertama periode.', 'The first day.', RAPAT_BULANAN),
      selesai: field('Hari terakhir periode.', 'The last day.', RAPAT_BULANAN),
    },
  },
  PenilaianSchema: {
    title: { id: 'Penilaian IMP', en: 'Assessment of an IMP' },
    description: {
      id:
        'Fakta satu IMP Bangga Kencana yang dibaca klasifikasi, satu ' +
        'kelompok per Peran Bakti. Kunci lain diabaikan.',
      en:
        'The facts of one IMP Bangga Kencana that its classification ' +
        'reads, one group per Peran Bakti. Other keys are ignored.',
    },
    citations: [decree(A2), decree(C)],
    fields: {
      pengorganisasian: peran('Pengorganisasian', 'of organisation', 'a'),
      'pengorganisasian.kepengurusan': field(
        'Apakah ada kepengurusan.',
        'Whether a board exists.',
        c('1 huruf a'),
      ),
      'pengorganisasian.pembagianTugas': field(
        "Pembagian tugas: 'tidak-ada', 'ada', atau 'jelas'.",
        "The division of tasks: 'tidak-ada' (none), 'ada' (some), or " +
          "'jelas' (clear).",
        c('1 huruf a'),
        c('2 huruf a'),
      ),
      'pengorganisasian.bidang': field(
        'Apakah kepengurusan punya bidang.',
        'Whether the board has its bidang.',
        c('3 huruf a'),
      ),
      pertemuan: peran('Pertemuan', 'of meetings', 'b'),
      'pertemuan.pelaksanaan': field(
        "Pelaksanaan pertemuan: 'tidak-ada', 'tidak-berkala', atau " +
          "'rutin-bulanan' (satu tiap bulan).",
        "How meetings are held: 'tidak-ada' (none), 'tidak-berkala' (now " +
          "and then), or 'rutin-bulanan' (one every month).",
        c('1 huruf b'),
        c('2 huruf b'),
        RAPAT_BULANAN,
      ),
      'pertemuan.rencanaKerja': field(
        'Apakah ada rencana kerja.',
        'Whether a work plan exists.',
        c('2 huruf b'),
      ),
      'pertemuan.notulen': field(
        'Apakah pertemuan dicatat notulennya.',
        'Whether minutes are taken.',
        c('2 huruf b'),
      ),
      'pertemuan.berjenjang': field(
        'Apakah pertemuan diadakan di lebih dari satu tingkat institusi.',
        'Whether meetings are held at more than one tier.',
        c('3 huruf b'),
        BERJENJANG,
      ),
      advokasiKie: ADVOKASI_KIE_GROUP,
      ...under('advokasiKie', ADVOKASI_KIE),
      pencatatan: PENCATATAN_GROUP,
      ...under('pencatatan', PENCATATAN),
      pelayanan: PELAYANAN_GROUP,
      ...under('pelayanan', LAYANAN),
      'pelayanan.uppka': field(
        'Apakah ada UPPKA.',
        'Whether an UPPKA runs.',
        c('2 huruf e angka 3)'),
      ),
      'pelayanan.binaKeluarga': field(
        'Jenis bina ketahanan keluarga yang berjalan; entri berulang ' +
          'dihitung sekali.',
        'The kinds of family-resilience group that run; a repeated entry ' +
          'counts once.',
        c('1 huruf e angka 3)'),
        c('3 huruf e angka 4)'),
      ),
      kemandirian: KEMANDIRIAN_GROUP,
      ...under('kemandirian', KEMANDIRIAN),
    },
  },
  ClassifyImpOptionsSchema: {
    title: { id: 'Opsi klasifikasi', en: 'Options of the classification' },
    description: {
      id: 'Cara membaca klasifikasi Dasar.',
      en: 'How the Dasar class is read.',
    },
    citations: [c('1')],
    fields: {
      dasar: field(
        "'minimal' (bawaan): Dasar adalah batas bawah, tercapai bila " +
          'Pengorganisasian memenuhi kriteria Dasarnya; kriteria Dasar ' +
          "lain yang belum dipenuhi dilaporkan. 'lengkap': semua kriteria " +
          'Dasar keenam Peran Bakti harus dipenuhi.',
        "'minimal' (default): Dasar is a floor, reached once " +
          'Pengorganisasian meets its Dasar criterion, with the other ' +
          "Dasar criteria it misses reported. 'lengkap': every Dasar " +
          'criterion of all six Peran Bakti must hold.',
        c('1'),
      ),
    },
  },
  CatatanPertemuanSchema: {
    title: { id: 'Catatan pertemuan', en: 'Meeting records' },
    description: {
      id:
        'Catatan pertemuan sebuah IMP dalam satu periode: hari, tingkat ' +
        'dan notulen tiap pertemuan, dan ada tidaknya rencana kerja.',
      en:
        'The meeting records of an IMP over a period: the day, tier and ' +
        'minutes of each meeting, and whether a work plan exists.',
    },
    citations: [RAPAT_BULANAN, c('2 huruf b'), c('3 huruf b')],
    fields: {
      periode: field(
        'Periode yang dinilai.',
        'The period assessed.',
        RAPAT_BULANAN,
      ),
      rencanaKerja: field(
        'Apakah ada rencana kerja.',
        'Whether a work plan exists.',
        c('2 huruf b'),
      ),
      pertemuan: field(
        'Pertemuan yang diadakan.',
        'The meetings held.',
        decree(`${A2} huruf b`),
      ),
      'pertemuan[].tanggal': field(
        'Hari pertemuan.',
        'The day of the meeting.',
        RAPAT_BULANAN,
      ),
      'pertemuan[].tingkat': field(
        'Tingkat institusi yang mengadakannya.',
        'The tier of the institution that held it.',
        c('3 huruf b'),
        BERJENJANG,
      ),
      'pertemuan[].notulen': field(
        'Apakah notulen dibuat.',
        'Whether minutes were taken.',
        c('2 huruf b'),
      ),
    },
  },
  PoktanDesaSchema: {
    title: { id: 'Poktan desa', en: 'Poktan of a desa' },
    description: {
      id: 'Poktan sebuah desa: jenis tiap kelompok dan apakah aktif.',
      en: 'The Poktan of a desa: the kind of each group and whether it runs.',
    },
    citations: [decree('Lampiran BAB IV huruf B'), c('2 huruf e')],
    fields: {
      '[].jenis': field(
        'Jenis Poktan.',
        'The kind of Poktan.',
        decree('Lampiran BAB IV huruf B'),
      ),
      '[].aktif': field(
        'Apakah kelompok itu aktif.',
        'Whether the group runs.',
        c('2 huruf e'),
      ),
    },
  },
  CatatanImpSchema: {
    title: { id: 'Catatan IMP', en: 'Records of an IMP' },
    description: {
      id:
        'Catatan satu IMP untuk diklasifikasikan: kepengurusan, catatan ' +
        'pertemuan, Poktan desa, dan fakta yang tidak ada dalam catatan itu.',
      en:
        'The records of one IMP to classify: the roster, the meeting ' +
        'records, the Poktan of the desa, and the facts no record gives.',
    },
    citations: [decree(C)],
    fields: {
      kepengurusan: field(
        'Kepengurusan IMP.',
        'The roster of the IMP.',
        decree('Lampiran BAB III huruf B angka 1'),
        c('1 huruf a'),
      ),
      pertemuan: field(
        'Catatan pertemuan.',
        'The meeting records.',
        decree(`${A2} huruf b`),
      ),
      poktan: field('Poktan desa.', 'The Poktan of the desa.', c('2 huruf e')),
      advokasiKie: ADVOKASI_KIE_GROUP,
      ...under('advokasiKie', ADVOKASI_KIE),
      pencatatan: PENCATATAN_GROUP,
      ...under('pencatatan', PENCATATAN),
      pelayanan: PELAYANAN_GROUP,
      ...under('pelayanan', LAYANAN),
      kemandirian: KEMANDIRIAN_GROUP,
      ...under('kemandirian', KEMANDIRIAN),
    },
  },
  KlasifikasiSummarySchema: {
    title: {
      id: 'Ringkasan klasifikasi',
      en: 'Summary of a classification batch',
    },
    description: {
      id:
        'Ringkasan klasifikasi banyak IMP: jumlah per kelas, sebaran skor, ' +
        'dan kriteria yang paling sering kurang.',
      en:
        'The summary of classifying many IMP: the count per class, the ' +
        'score distribution and the criteria most often lacking.',
    },
    citations: [decree(C)],
    fields: {
      jumlah: field(
        'Banyaknya IMP yang diklasifikasikan.',
        'How many IMP were classified.',
        decree(C),
      ),
      klasifikasi: field(
        'Banyaknya IMP per kelas.',
        'How many IMP reached each class.',
        decree(C),
      ),
      'klasifikasi.dasar': field(
        'Banyaknya IMP kelas Dasar.',
        'How many IMP are Dasar.',
        c('1'),
      ),
      'klasifikasi.berkembang': field(
        'Banyaknya IMP kelas Berkembang.',
        'How many IMP are Berkembang.',
        c('2'),
      ),
      'klasifikasi.mandiri': field(
        'Banyaknya IMP kelas Mandiri.',
        'How many IMP are Mandiri.',
        c('3'),
      ),
      'klasifikasi.belum-terklasifikasi': field(
        'Banyaknya IMP yang belum mencapai Dasar.',
        'How many IMP reach no class yet.',
        c('1'),
      ),
      skor: field(
        'Banyaknya IMP per skor, dari skor 0 sampai 18.',
        'How many IMP scored each score, from 0 to 18.',
        decree(`${A2}`),
      ),
      kurang: field(
        'Kriteria yang kurang untuk kelas berikutnya, paling sering dahulu.',
        'The criteria lacking for the next class, most common first.',
        decree(C),
      ),
      'kurang[].kriteria': field(
        'Kriteria yang kurang.',
        'The criterion lacking.',
        decree(C),
      ),
      'kurang[].kriteria.id': field(
        'Id tetap kriteria dalam katalog KRITERIA.',
        'The stable id of the criterion in the KRITERIA catalogue.',
        decree(C),
      ),
      'kurang[].jumlah': field(
        'Banyaknya IMP yang kurang kriteria ini.',
        'How many IMP lack this criterion.',
        decree(C),
      ),
    },
  },
};
