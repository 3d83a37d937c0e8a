import { deepFreeze } from '../../internal/freeze.js';
import { daftarTugas } from './entri.js';

const C = 'Lampiran BAB III huruf C';

const PENANGGUNG_JAWAB = daftarTugas(
  'penanggung-jawab',
  ['penanggung-jawab'],
  `${C} angka 1`,
  [
    [
      'terbitkan-sk',
      'huruf a',
      'Mengesahkan keberadaan IMP dengan Surat Keputusan',
      'Give the IMP legal standing by a formal decision (SK)',
    ],
    [
      'jaga-keberlanjutan',
      'huruf b',
      'Memastikan kegiatan IMP terus berjalan',
      'See that the IMP keeps working over time',
    ],
    [
      'koordinasi-lembaga-desa',
      'huruf c',
      'Menyelaraskan IMP dengan lembaga kemasyarakatan desa lainnya',
      'Align the IMP with the other community bodies of the village',
    ],
    [
      'evaluasi',
      'huruf d',
      'Menilai jalannya IMP',
      'Review how the IMP is run',
    ],
    [
      'tugas-lain',
      'huruf e',
      'Menjalankan tugas lain dari pemerintah pusat dan daerah',
      'Take on other work given by central and regional government',
    ],
  ],
);

const PEMBINA = daftarTugas('pembina', ['pembina'], `${C} angka 2`, [
  [
    'pemetaan-pendataan',
    'huruf a',
    'Memetakan dan mendata IMP',
    'Map the IMP and keep its records',
  ],
  [
    'pembinaan-organisasi',
    'huruf b',
    'Membimbing dan menumbuhkan organisasi IMP',
    'Mentor the IMP and help it grow as an organisation',
  ],
  [
    'fasilitasi-kemitraan',
    'huruf c',
    'Mempertemukan IMP dengan mitra kerja',
    'Connect the IMP with partner organisations',
  ],
  [
    'kawal-musrenbang',
    'huruf d',
    'Mengawal usulan dalam Musrenbang desa/kelurahan',
    'Follow proposals through the village planning forum (Musrenbang)',
  ],
  [
    'pemantauan-evaluasi',
    'huruf e',
    'Memantau dan menilai IMP',
    'Monitor and evaluate the IMP',
  ],
  [
    'tugas-lain',
    'huruf f',
    'Menjalankan tugas lain dari Penanggung jawab',
    'Take on other work given by the Penanggung jawab',
  ],
]);

// "Ketua, bersama pengurus": the Ketua leads these duties with the board.
// The catalogue gives them to the Ketua, who answers for them; the other
// members have their own lists (huruf b to d).
const KETUA = daftarTugas('ketua', ['ketua'], `${C} angka 3 huruf a`, [
  [
    'susun-program',
    'angka 1)',
    'Menyusun program dan rencana kerja IMP',
    'Draw up the IMP’s programme and work plan',
  ],
  [
    'rapat-koordinasi-bulanan',
    'angka 2)',
    'Mengadakan rapat koordinasi paling sedikit sebulan sekali',
    'Hold a coordination meeting at least once every month',
  ],
  [
    'peningkatan-kapasitas',
    'angka 3)',
    'Mengadakan pertemuan lengkap untuk menambah kemampuan pengurus',
    'Hold full meetings that build the board’s skills',
  ],
  [
    'kendalikan-kegiatan',
    'angka 4)',
    'Menyelaraskan dan mengendalikan kegiatan IMP',
    'Coordinate and steer the IMP’s activities',
  ],
  [
    'optimalkan-bidang',
    'angka 5)',
    'Membuat para ketua bidang bekerja dengan efektif',
    'Get the heads of the bidang working effectively',
  ],
  [
    'pemantauan-evaluasi',
    'angka 6)',
    'Memantau dan menilai IMP',
    'Monitor and evaluate the IMP',
  ],
  [
    'lapor-hasil',
    'angka 7)',
    'Melaporkan hasil kegiatan kepada Penanggung jawab dan Pembina',
    'Report results to the Penanggung jawab and the Pembina',
  ],
  [
    'tugas-lain',
    'angka 8)',
    'Menjalankan tugas lain dari Pembina',
    'Take on other work given by the Pembina',
  ],
]);

const SEKRETARIS = daftarTugas(
  'sekretaris',
  ['sekretaris'],
  `${C} angka 3 huruf b`,
  [
    [
      'administrasi',
      'angka 1)',
      'Mengurus administrasi kegiatan IMP',
      'Keep the paperwork of IMP activities',
    ],
    [
      'pencatatan-pelaporan',
      'angka 2)',
      'Mencatat kegiatan dan melaporkannya',
      'Record activities and report on them',
    ],
    [
      'koordinasi-administrasi',
      'angka 3)',
      'Menyelaraskan urusan administrasi',
      'Coordinate administrative matters',
    ],
    [
      'inventaris-sarana',
      'angka 4)',
      'Mendaftar sarana dan prasarana yang dibutuhkan',
      'List the equipment and facilities needed',
    ],
    [
      'bertanggung-jawab-ke-ketua',
      'angka 5)',
      'Bekerja di bawah Ketua dan bertanggung jawab kepadanya',
      'Work under the Ketua and answer to them',
    ],
    [
      'laporan-kegiatan',
      'angka 6)',
      'Menyiapkan laporan kegiatan untuk Ketua',
      'Prepare activity reports for the Ketua',
    ],
    [
      'tugas-lain',
      'angka 7)',
      'Menjalankan tugas lain dari Ketua',
      'Take on other work given by the Ketua',
    ],
  ],
);

const BENDAHARA = daftarTugas(
  'bendahara',
  ['bendahara'],
  `${C} angka 3 huruf c`,
  [
    [
      'rencana-anggaran',
      'angka 1)',
      'Menyiapkan rencana anggaran',
      'Prepare the budget plan',
    ],
    [
      'kelola-keuangan',
      'angka 2)',
      'Mengelola uang dan pengadaan IMP',
      'Manage the IMP’s money and purchases',
    ],
    [
      'fasilitasi-pembiayaan',
      'angka 3)',
      'Mengupayakan biaya untuk program kerja',
      'Find the money the work plan needs',
    ],
    [
      'bukti-transaksi',
      'angka 4)',
      'Menata dan menyimpan bukti transaksi',
      'Keep transaction receipts in order',
    ],
    [
      'laporan-keuangan',
      'angka 5)',
      'Membukukan keuangan dan melaporkannya kepada Ketua',
      'Keep the books and report them to the Ketua',
    ],
    [
      'tugas-lain',
      'angka 6)',
      'Menjalankan tugas lain dari Ketua',
      'Take on other work given by the Ketua',
    ],
  ],
);

/**
 * The duties of the Penanggung jawab, the Pembina, the Ketua, the
 * Sekretaris and the Bendahara of an IMP Bangga Kencana, in printed
 * order. The duties of the bidang, Sub IMP and Kelompok KB follow in
 * {@link TUGAS_BIDANG}.
 *
 * @remarks
 * The Ketua's list is printed as held "together with the board". The
 * catalogue gives it to the Ketua, who leads it and answers for it; the
 * other members carry their own lists.
 *
 * @example
 * // The monthly coordination meeting is the Ketua's
 * TUGAS_PENGURUS.find((t) => t.id === 'ketua.rapat-koordinasi-bulanan')
 *   ?.citation.ref;
 * //=> 'Lampiran BAB III huruf C angka 3 huruf a angka 2)'
 *
 * @see Lampiran BAB III huruf C angka 1 to angka 3 huruf c.
 * @category Katalog
 */
export const TUGAS_PENGURUS = deepFreeze([
  ...PENANGGUNG_JAWAB,
  ...PEMBINA,
  ...KETUA,
  ...SEKRETARIS,
  ...BENDAHARA,
]);
