import { deepFreeze } from '../../internal/freeze.js';
import { daftar } from './entri.js';

/**
 * The competencies every board member and member of an IMP Bangga
 * Kencana should have, in printed order.
 *
 * @remarks
 * The clause asks them of the board and of the members alike, so no
 * position is named. Meeting them is the work of BKKBN, the regional KB
 * office, the kecamatan and the desa/kelurahan, through training and the
 * like (the paragraphs after the list).
 *
 * @example
 * // The last competency is fostering the activity groups
 * KOMPETENSI.at(-1)?.id;
 * //=> 'kompetensi.fasilitasi-poktan'
 *
 * @see Lampiran BAB III huruf E.
 * @category Katalog
 */
export const KOMPETENSI = deepFreeze(
  daftar('kompetensi', 'Lampiran BAB III huruf E', [
    [
      'pembentukan-kepengurusan',
      'angka 1',
      'Mengelola pembentukan pengurus IMP',
      'Manage how the IMP board is formed',
    ],
    [
      'pertemuan-pembinaan',
      'angka 2',
      'Mengelola pertemuan pembinaan anggota',
      'Run meetings that foster the members',
    ],
    [
      'pemetaan-pendataan',
      'angka 3',
      'Memetakan dan mendata',
      'Map and collect data',
    ],
    [
      'penyuluhan-kie',
      'angka 4',
      'Menyuluh, mempromosikan dan menjalankan KIE',
      'Counsel, promote and run KIE',
    ],
    [
      'fasilitasi-kontrasepsi',
      'angka 5',
      'Membantu warga mendapat layanan kontrasepsi',
      'Help residents reach contraceptive services',
    ],
    [
      'fasilitasi-penggerakan',
      'angka 6',
      'Membantu menggerakkan masyarakat',
      'Help set the community in motion',
    ],
    [
      'fasilitasi-poktan',
      'angka 7',
      'Membantu pembinaan Poktan, Kelompok KB dan Rumah Dataku',
      'Help foster the Poktan, Kelompok KB and Rumah Dataku',
    ],
  ]),
);
