import * as fc from 'fast-check';
import type {
  IdTemuanProgramTahunan,
  ProgramTahunan,
  UnsurProgramTahunan,
} from '../../src/index.js';
import { kodeArb } from './wilayah.js';

type Pihak = { unsur: UnsurProgramTahunan };

/** A real day between two days of one year, `YYYY-MM-DD`. */
function hariArb(tahun: number, bulanAwal: number, bulanAkhir: number) {
  return fc
    .date({
      min: new Date(Date.UTC(tahun, bulanAwal - 1, 1)),
      max: new Date(Date.UTC(tahun, bulanAkhir, 0)),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
}

/** A month or a day of `tahun`, as a scheduled activity may give it. */
export function waktuArb(tahun: number) {
  return fc.oneof(
    hariArb(tahun, 1, 12),
    hariArb(tahun, 1, 12).map((d) => d.slice(0, 7)),
  );
}

const teksArb = fc.constantFrom(
  'Peserta KB aktif 60 persen dari PUS.',
  'Tiga poktan aktif di setiap RW.',
  'Penyuluhan di posyandu setiap bulan.',
);

/** Parties that hold at least one of each group, plus others, shuffled. */
function pihakArb(
  groups: readonly (readonly UnsurProgramTahunan[])[],
): fc.Arbitrary<Pihak[]> {
  const required = fc.tuple(...groups.map((g) => fc.constantFrom(...g)));
  const extra = fc.array(
    fc.constantFrom<UnsurProgramTahunan>('lainnya', 'tokoh-masyarakat'),
    { maxLength: 2 },
  );
  return fc
    .tuple(required, extra)
    .chain(([r, e]) =>
      fc.shuffledSubarray([...r, ...e], { minLength: r.length + e.length }),
    )
    .map((all) => all.map((unsur) => ({ unsur })));
}

/**
 * A programme with every part the decree asks for, rightly filled: its
 * activities in its year, its meeting in the first quarter.
 */
export const programLengkapArb: fc.Arbitrary<ProgramTahunan> = fc
  .integer({ min: 2000, max: 2100 })
  .chain((tahun) =>
    fc.record({
      kodeDesa: kodeArb(4),
      tahun: fc.constant(tahun),
      kondisiSaatIni: teksArb,
      kondisiInginDicapai: teksArb,
      strategi: fc.record({ penggerakan: teksArb, pelayanan: teksArb }),
      jadwal: fc.array(
        fc.record({
          nama: fc.constantFrom('Rakor bulanan', 'Pendataan', 'Sarasehan'),
          pelaksana: fc.constantFrom('PLKB', 'Bidang KIE', 'Kader RW 01'),
          waktu: waktuArb(tahun),
        }),
        { minLength: 1, maxLength: 5 },
      ),
      penyusun: pihakArb([['penyuluh-kb', 'plkb'], ['imp']]),
      diketahui: hariArb(tahun - 1, 12, 12).map((tanggal) => ({
        unsur: 'kepala-desa-lurah' as const,
        tanggal,
      })),
      tahunRkp: fc.constant(tahun),
      rakorAwalTahun: fc.record({
        tanggal: hariArb(tahun, 1, 3),
        peserta: pihakArb([
          ['kepala-desa-lurah', 'perangkat-desa-kelurahan'],
          ['penyuluh-kb', 'plkb', 'imp'],
          ['tokoh-masyarakat'],
        ]),
      }),
    }),
  );

type Program = ProgramTahunan;
const without = (list: Pihak[] | undefined, drop: UnsurProgramTahunan[]) =>
  (list ?? []).filter((x) => !drop.includes(x.unsur));
const rakorWith = (p: Program, peserta: (list: Pihak[]) => Pihak[]) => {
  const rakor = p.rakorAwalTahun;
  if (rakor === undefined) return p;
  return {
    ...p,
    rakorAwalTahun: { ...rakor, peserta: peserta(rakor.peserta ?? []) },
  };
};

type Kegiatan = NonNullable<Program['jadwal']>[number];
const onFirst = (p: Program, change: (k: Kegiatan) => Kegiatan) => {
  const [first, ...rest] = p.jadwal ?? [];
  return first === undefined ? p : { ...p, jadwal: [change(first), ...rest] };
};

/**
 * Each required part of a programme, with a way to remove it and the
 * finding its absence gives. Parts of an activity act on the first one.
 */
export const BAGIAN_WAJIB: readonly [
  IdTemuanProgramTahunan,
  (p: Program) => Program,
][] = [
  ['kondisi-saat-ini-kosong', ({ kondisiSaatIni: _, ...p }) => p],
  ['kondisi-ingin-dicapai-kosong', (p) => ({ ...p, kondisiInginDicapai: ' ' })],
  [
    'strategi-penggerakan-kosong',
    (p) => ({ ...p, strategi: { pelayanan: p.strategi?.pelayanan ?? '' } }),
  ],
  [
    'strategi-pelayanan-kosong',
    (p) => ({ ...p, strategi: { ...p.strategi, pelayanan: '' } }),
  ],
  ['jadwal-kosong', ({ jadwal: _, ...p }) => p],
  [
    'kegiatan-tanpa-pelaksana',
    (p) => onFirst(p, ({ pelaksana: _, ...k }) => k),
  ],
  ['kegiatan-tanpa-waktu', (p) => onFirst(p, ({ waktu: _, ...k }) => k)],
  [
    'penyusun-tanpa-penyuluh-kb',
    (p) => ({ ...p, penyusun: without(p.penyusun, ['penyuluh-kb', 'plkb']) }),
  ],
  [
    'penyusun-tanpa-imp',
    (p) => ({ ...p, penyusun: without(p.penyusun, ['imp']) }),
  ],
  ['belum-diketahui', ({ diketahui: _, ...p }) => p],
  ['rkp-kosong', ({ tahunRkp: _, ...p }) => p],
  ['rakor-kosong', ({ rakorAwalTahun: _, ...p }) => p],
  [
    'rakor-tanpa-pemerintah-desa',
    (p) =>
      rakorWith(p, (l) =>
        without(l, ['kepala-desa-lurah', 'perangkat-desa-kelurahan']),
      ),
  ],
  [
    'rakor-tanpa-pengelola-program',
    (p) => rakorWith(p, (l) => without(l, ['penyuluh-kb', 'plkb', 'imp'])),
  ],
  [
    'rakor-tanpa-tokoh-masyarakat',
    (p) => rakorWith(p, (l) => without(l, ['tokoh-masyarakat'])),
  ],
];
