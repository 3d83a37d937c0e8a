import { deepFreeze } from '../../internal/freeze.js';
import { daftar } from './entri.js';

/**
 * The sources that may fund an IMP Bangga Kencana.
 *
 * @remarks
 * The clause is one sentence without numbered items, so every source
 * cites the clause itself. "And/or" lets any mix of sources fund an IMP.
 *
 * @example
 * // The village budget is a source
 * PENDANAAN.map((p) => p.id).includes('pendanaan.apbdes');
 * //=> true
 *
 * @see Lampiran BAB II huruf D.
 * @category Katalog
 */
export const PENDANAAN = deepFreeze(
  daftar('pendanaan', 'Lampiran BAB II huruf D', [
    ['apbn', '', 'Anggaran negara (APBN)', 'The state budget (APBN)'],
    ['apbd', '', 'Anggaran daerah (APBD)', 'The regional budget (APBD)'],
    ['apbdes', '', 'Anggaran desa (APBDes)', 'The village budget (APBDes)'],
    [
      'sumber-lain-sah',
      '',
      'Sumber lain yang sah menurut peraturan',
      'Other sources the law allows',
    ],
  ]),
);
