import { deepFreeze } from '../../internal/freeze.js';
import { daftar } from './entri.js';

/**
 * The target groups of the programme that an IMP Bangga Kencana serves
 * at desa/kelurahan level, in printed order.
 *
 * @remarks
 * The clause gives no ages for balita, remaja or lansia (defects.md 8);
 * the catalogue names the groups only. Lansia are read from 60, as
 * elsewhere in the library.
 *
 * @example
 * // PUS are the second target group
 * [SASARAN[1].id, SASARAN[1].citation.ref];
 * //=> ['sasaran.pus', 'Lampiran BAB II huruf C angka 2']
 *
 * @see Lampiran BAB II huruf C.
 * @category Katalog
 */
export const SASARAN = deepFreeze(
  daftar('sasaran', 'Lampiran BAB II huruf C', [
    [
      'catin',
      'angka 1',
      'Calon pengantin dan calon pasangan usia subur',
      'Brides and grooms to be, and future couples of reproductive age',
    ],
    ['pus', 'angka 2', 'Pasangan usia subur', 'Couples of reproductive age'],
    [
      'keluarga-balita-remaja-lansia',
      'angka 3',
      'Keluarga dengan balita, remaja atau lansia',
      'Families with a toddler, a young person or an older person',
    ],
    [
      'balita-remaja-lansia-rentan',
      'angka 4',
      'Balita, remaja, lansia dan keluarga rentan sendiri',
      'Toddlers, young people, older people and vulnerable families',
    ],
    ['lainnya', 'angka 5', 'Sasaran lain', 'Other groups'],
  ]),
);
