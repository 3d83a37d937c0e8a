import * as fc from 'fast-check';
import type { IdTemuanStruktur, Kepengurusan } from '../../src/index.js';

const namaArb = fc.constantFrom('Ahmad', 'Sri Lestari', 'Wati', 'Dedi');
const pengurusArb = fc.record(
  { nama: namaArb, domisili: fc.constant('RW 01') },
  { requiredKeys: ['nama'] },
);

/**
 * A roster that fills every position of the minimum structure with an
 * allowed holder, chosen by musyawarah, with Sub IMP for RW 1..`rw` and
 * Kelompok KB for RT 1..`rt` of each.
 */
export const kepengurusanLengkapArb: fc.Arbitrary<Kepengurusan> = fc
  .record({
    jabatan: fc.constantFrom('kepala-desa', 'lurah'),
    unsur: fc.uniqueArray(
      fc.constantFrom('penyuluh-kb', 'plkb', 'toma', 'toga'),
      {
        minLength: 1,
      },
    ),
    rw: fc.integer({ min: 1, max: 4 }),
    rt: fc.integer({ min: 1, max: 4 }),
    orang: fc.array(pengurusArb, { minLength: 8, maxLength: 8 }),
  })
  .map(({ jabatan, unsur, rw, rt, orang }) => {
    const [a, b, c, d, e, f, g, h] = orang as [
      { nama: string },
      ...{ nama: string }[],
    ] &
      { nama: string }[];
    const rws = Array.from({ length: rw }, (_, i) => i + 1);
    const rts = Array.from({ length: rt }, (_, i) => i + 1);
    return {
      penanggungJawab: { ...a, jabatan },
      pembina: unsur.map((u) => ({ ...b, unsur: u })),
      ketua: c,
      sekretaris: d,
      bendahara: e,
      bidang: { data: f, kiePenggerakan: g, pelayanan: h },
      subImp: rws.map((n) => ({ rw: n })),
      kelompokKb: rws.flatMap((n) => rts.map((t) => ({ rw: n, rt: t }))),
      dipilihMelaluiMusyawarah: true,
    } as Kepengurusan;
  });

/** Each required position, with a way to remove it and its finding id. */
export const POSISI_WAJIB: readonly [
  IdTemuanStruktur,
  (k: Kepengurusan) => Kepengurusan,
][] = [
  ['penanggung-jawab-kosong', ({ penanggungJawab: _, ...k }) => k],
  ['pembina-kosong', (k) => ({ ...k, pembina: [] })],
  ['ketua-kosong', ({ ketua: _, ...k }) => k],
  ['sekretaris-kosong', ({ sekretaris: _, ...k }) => k],
  ['bendahara-kosong', ({ bendahara: _, ...k }) => k],
  [
    'bidang-data-kosong',
    (k) => ({ ...k, bidang: { ...k.bidang, data: undefined } }),
  ],
  [
    'bidang-kie-penggerakan-kosong',
    (k) => ({ ...k, bidang: { ...k.bidang, kiePenggerakan: undefined } }),
  ],
  [
    'bidang-pelayanan-kosong',
    (k) => ({ ...k, bidang: { ...k.bidang, pelayanan: undefined } }),
  ],
  ['sub-imp-kosong', (k) => ({ ...k, subImp: [] })],
  ['kelompok-kb-kosong', (k) => ({ ...k, kelompokKb: [] })],
];
