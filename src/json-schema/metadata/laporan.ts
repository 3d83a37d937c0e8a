import { MetodeKontrasepsiSchema } from '../../index.js';
import type { Label } from '../../label.js';
import {
  decree,
  type FieldMetadata,
  field,
  type MetadataTable,
  under,
} from '../metadata.js';

const B8 = 'Lampiran BAB II huruf B angka 8';
const b8 = (huruf: string) => decree(`${B8} huruf ${huruf}`);
const PE_C = 'Lampiran BAB IV (Pemantauan dan Evaluasi) huruf C';
const UNMET_NEED = decree(
  'Lampiran BAB IV huruf A angka 2 penjelasan huruf b angka 5)',
);
const RAPAT_BULANAN = decree(
  'Lampiran BAB III huruf C angka 3 huruf a angka 2)',
);

const ALASAN_SEKALI: Label = {
  id: 'Tiap alasan unmet need disebut paling banyak sekali.',
  en: 'Each reason of unmet need is listed at most once.',
};

const KONSISTENSI: Label = {
  id:
    'Aturan antarjumlah (mis. PA tidak melebihi PUS, rincian metode sesuai ' +
    'total) diperiksa terpisah oleh checkLaporanDesa; lihat id-aturan.json.',
  en:
    'Rules between counts (PA not above PUS, methods adding up to the ' +
    'total, and so on) are checked apart by checkLaporanDesa; see ' +
    'id-aturan.json.',
};

const count = (id: string, en: string, ...huruf: string[]) =>
  field(
    `${id}; kosong bila tidak diketahui, tidak pernah dibaca 0.`,
    `${en}; absent when not known, never read as 0.`,
    ...huruf.map(b8),
  );

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A count with its total and its breakdown by contraceptive method. */
function rincian(key: string, id: string, en: string) {
  const methods = MetodeKontrasepsiSchema.options.map((m) => [
    `${key}.metode.${m}`,
    count(`${capital(id)}, metode ${m}`, `${capital(en)}, method ${m}`, 'c'),
  ]);
  return {
    [key]: count(
      `${capital(id)}: total dan per metode`,
      `${capital(en)}: total and per method`,
      'c',
    ),
    [`${key}.total`]: count(`Jumlah ${id}`, `The total of ${en}`, 'c'),
    [`${key}.metode`]: count(
      `${capital(id)} per metode`,
      `${capital(en)} per method`,
      'c',
    ),
    ...Object.fromEntries(methods),
  } as Record<string, FieldMetadata>;
}

const POKTAN: Readonly<Record<string, FieldMetadata>> = {
  terdaftar: count('Poktan terdaftar', 'Poktan registered', 'd', 'e'),
  aktif: count('Poktan aktif', 'Poktan active', 'd', 'e'),
  melapor: count('Poktan yang melapor', 'Poktan that reported', 'd', 'e'),
};

const UNMET_NEED_FIELD = field(
  'Alasan pusBukanPeserta yang dihitung sebagai unmet need, masing-masing ' +
    'sekali; bawaan: ingin anak ditunda dan tidak ingin anak lagi.',
  'The reasons of pusBukanPeserta counted as unmet need, each once; by ' +
    'default wanting to wait and wanting no more children.',
  UNMET_NEED,
  b8('c'),
);

const USIA_50 = field(
  "Istri tepat 50 tahun: 'inklusif' (bawaan) atau 'harfiah', seperti " +
    'pada opsi penilaian PUS.',
  "A wife of exactly 50: 'inklusif' (default) or 'harfiah', as in the " +
    'options of the PUS rule.',
  decree('Lampiran BAB I huruf D angka 26'),
);

const rasio = { id: 'Opsi rasio', en: 'Options of the ratios' };

/** The monthly monitoring report of a desa. */
export const LAPORAN_METADATA: MetadataTable = {
  BulanSchema: {
    title: { id: 'Bulan', en: 'Month' },
    description: {
      id: 'Bulan kalender YYYY-MM (bulan 01-12): bulan sebuah laporan.',
      en: 'A calendar month, YYYY-MM (month 01-12): the month of a report.',
    },
    citations: [decree(`${PE_C} angka 3`)],
  },
  JumlahIndikatorSchema: {
    title: { id: 'Jumlah indikator', en: 'Indicator counts' },
    description: {
      id:
        'Jumlah dalam laporan pemantauan, satu desa atau jumlahan wilayah. ' +
        'Tiap kunci boleh kosong: kosong berarti tidak diketahui, bukan 0. ' +
        'Jumlah boleh negatif di sini agar pemeriksaan konsistensi yang ' +
        'menamainya.',
      en:
        'The counts of a monitoring report, of one desa or summed over a ' +
        'region. Every key may be absent: absent is unknown, never 0. ' +
        'Counts may be negative here, so that the consistency check names ' +
        'them.',
    },
    citations: [decree(B8)],
    unchecked: [KONSISTENSI],
    fields: {
      kelahiran: count(
        'Kelahiran hidup dalam dua belas bulan sebelum hari dinilai',
        'Live births in the twelve months before the day judged',
        'a',
      ),
      perkawinan: count(
        'Perkawinan dalam dua belas bulan itu',
        'Marriages in those twelve months',
        'b',
      ),
      perkawinanSebelumnya: count(
        'Perkawinan dalam dua belas bulan sebelumnya',
        'Marriages in the twelve months before them',
        'b',
      ),
      pus: count('Pasangan yang PUS', 'Couples that are PUS', 'b'),
      pusTidakDapatDitentukan: count(
        'Pasangan yang status PUS-nya belum dapat ditentukan',
        'Couples whose PUS status a missing fact leaves open',
        'b',
      ),
      ...rincian(
        'pesertaKbAktif',
        'peserta KB aktif (PA)',
        'active users (PA)',
      ),
      ...rincian('pesertaKbBaru', 'peserta KB baru (PB)', 'new users (PB)'),
      ...rincian('ppm', 'PPM', 'the PPM target'),
      pusBukanPeserta: count(
        'PUS bukan peserta KB, per alasan',
        'PUS not using contraception, per reason',
        'c',
      ),
      'pusBukanPeserta.hamil': count('Karena hamil', 'Pregnant', 'c'),
      'pusBukanPeserta.inginAnakSegera': count(
        'Karena ingin anak segera',
        'Wanting a child soon',
        'c',
      ),
      'pusBukanPeserta.inginAnakTunda': count(
        'Karena ingin anak ditunda (IAT)',
        'Wanting to wait (IAT)',
        'c',
      ),
      'pusBukanPeserta.tidakInginAnakLagi': count(
        'Karena tidak ingin anak lagi (TIAL)',
        'Wanting no more children (TIAL)',
        'c',
      ),
      poktan: count('Poktan', 'Poktan', 'd', 'e'),
      ...under('poktan', POKTAN),
      impPertemuan: count(
        'Pertemuan bulanan IMP dalam bulan itu',
        'IMP monthly meetings held in the month',
        'e',
      ),
      terpaduRkpDesa: count(
        'Desa yang RKP desanya memuat program (0 atau 1 untuk satu desa)',
        'Desa whose RKP carries the programme (0 or 1 for one desa)',
        'f',
      ),
      desa: count(
        'Laporan desa yang dijumlahkan (1 untuk satu desa)',
        'Desa reports summed (1 for one desa)',
        'a',
      ),
    },
  },
  LaporanDesaSchema: {
    title: { id: 'Laporan desa', en: 'Desa report' },
    description: {
      id: 'Laporan pemantauan satu desa/kelurahan untuk satu bulan.',
      en: 'The monitoring report of one desa or kelurahan for one month.',
    },
    citations: [decree(B8), decree(`${PE_C} angka 3`)],
    fields: {
      kode: field('Kode desa/kelurahan.', 'The desa code.', decree(B8)),
      bulan: field(
        'Bulan laporan.',
        'The month reported.',
        decree(`${PE_C} angka 3`),
      ),
      jumlah: field('Jumlah indikator.', 'The counts.', decree(B8)),
    },
  },
  IdAturanSchema: {
    title: { id: 'Aturan konsistensi', en: 'Consistency rule' },
    description: {
      id: 'Id tetap aturan konsistensi antarjumlah sebuah laporan desa.',
      en: 'The stable ids of the consistency rules of a desa report.',
    },
    citations: [decree(B8)],
  },
  ComputeRasioOptionsSchema: {
    title: rasio,
    description: {
      id: 'Alasan yang dihitung sebagai unmet need dalam rasio laporan.',
      en: 'The reasons counted as unmet need in the ratios of a report.',
    },
    citations: [UNMET_NEED],
    unchecked: [ALASAN_SEKALI],
    fields: { unmetNeed: UNMET_NEED_FIELD },
  },
  BuildLaporanDesaOptionsSchema: {
    title: { id: 'Opsi laporan desa', en: 'Options of a desa report' },
    description: {
      id:
        'Opsi menyusun laporan desa: pembacaan istri tepat 50 tahun dan ' +
        'alasan yang dihitung sebagai unmet need.',
      en:
        'Options of building a desa report: the reading of a wife of ' +
        'exactly 50 and the reasons counted as unmet need.',
    },
    citations: [decree(B8)],
    unchecked: [ALASAN_SEKALI],
    fields: { unmetNeed: UNMET_NEED_FIELD, usia50: USIA_50 },
  },
  RollUpLaporanOptionsSchema: {
    title: { id: 'Opsi rekapitulasi', en: 'Options of the roll-up' },
    description: {
      id:
        'Opsi menjumlahkan laporan desa ke atas: alasan unmet need, dan ' +
        'apa yang dilakukan pada laporan yang tidak konsisten.',
      en:
        'Options of summing desa reports upwards: the reasons of unmet ' +
        'need, and what to do with a report that is not consistent.',
    },
    citations: [decree('Lampiran BAB IV (Pemantauan dan Evaluasi) huruf B')],
    unchecked: [ALASAN_SEKALI],
    fields: {
      unmetNeed: UNMET_NEED_FIELD,
      tidakKonsisten: field(
        "'tolak' (bawaan): tolak seluruh kumpulan; 'lewati': tinggalkan " +
          'laporan itu dan sebutkan dalam daftar yang dilewati.',
        "'tolak' (default): refuse the whole batch; 'lewati': leave the " +
          'report out and list it among those skipped.',
        decree(B8),
      ),
    },
  },
  DataLaporanDesaSchema: {
    title: { id: 'Data laporan desa', en: 'Data of a desa report' },
    description: {
      id:
        'Bahan laporan desa: kode desa, keluarganya, dan masukan yang ' +
        'tidak ada dalam catatan keluarga. Yang kosong membuat jumlah yang ' +
        'memerlukannya disebut kurang, tidak pernah 0.',
      en:
        'What a desa report is built from: the desa code, its families, ' +
        'and the inputs family records do not hold. What is left out makes ' +
        'the counts that need it named as missing, never 0.',
    },
    citations: [decree(B8)],
    fields: {
      kode: field('Kode desa/kelurahan.', 'The desa code.', decree(B8)),
      keluarga: field(
        'Keluarga desa itu.',
        'The families of the desa.',
        decree('Lampiran BAB II huruf B angka 2'),
      ),
      peristiwa: field(
        'Kelahiran dan perkawinan desa itu.',
        'The births and marriages of the desa.',
        b8('a'),
        b8('b'),
      ),
      ppm: field(
        'PPM tahun itu per metode, sebagaimana ditetapkan dari atas; ' +
          'metode yang tidak disebut tidak punya sasaran.',
        "The year's PPM per method, as set from above; a method left out " +
          'has no target.',
        b8('c'),
      ),
      poktan: field('Poktan desa.', 'The Poktan of the desa.', b8('d')),
      ...under('poktan', POKTAN),
      impPertemuan: field(
        'Pertemuan bulanan IMP dalam bulan itu.',
        'The IMP monthly meetings held in the month.',
        b8('e'),
        RAPAT_BULANAN,
      ),
      terpaduRkpDesa: field(
        'Apakah RKP desa memuat program Bangga Kencana.',
        'Whether the RKP of the desa carries the programme.',
        b8('f'),
      ),
    },
  },
};
