import * as z from 'zod';
import { type Citation, cite, KEPUTUSAN_84_2024 } from '../citation.js';
import { deepFreeze } from '../internal/freeze.js';
import { parseInput } from '../internal/input.js';
import type { Label } from '../label.js';

/**
 * The kinds of Poktan (kelompok kegiatan) the decree names: BKB, BKR,
 * BKL, PIK Remaja, UPPKA, Kelompok KB and Rumah Dataku.
 *
 * @remarks
 * The lists of the decree disagree (Lampiran BAB II huruf B angka 6 and
 * BAB III huruf C name Kelompok KB and Rumah Dataku; the table of BAB IV
 * huruf B names only the first five). The library accepts all seven as
 * kinds, so that no record is refused for naming one of them.
 *
 * @example
 * // PIK Remaja is a kind of Poktan
 * JenisPoktanSchema.safeParse('pik-remaja').success;
 * //=> true
 *
 * @see Lampiran BAB I huruf D angka 5 to angka 10.
 * @see Lampiran BAB IV huruf B.
 * @category Kelembagaan
 */
export const JenisPoktanSchema = z.enum([
  'bkb',
  'bkr',
  'bkl',
  'pik-remaja',
  'uppka',
  'kelompok-kb',
  'rumah-dataku',
]);

/**
 * A kind of Poktan, as {@link JenisPoktanSchema} reads it.
 *
 * @category Kelembagaan
 */
export type JenisPoktan = z.output<typeof JenisPoktanSchema>;

/**
 * The tiers at which the decree places its institutions and Poktan: the
 * desa or kelurahan, the RW or dusun, and the RT.
 *
 * @example
 * // The three tiers, top down
 * TingkatInstitusiSchema.options;
 * //=> ['desa-kelurahan', 'rw', 'rt']
 *
 * @see Lampiran BAB IV huruf B.
 * @category Kelembagaan
 */
export const TingkatInstitusiSchema = z.enum(['desa-kelurahan', 'rw', 'rt']);

/**
 * A tier of institutions, as {@link TingkatInstitusiSchema} reads it.
 *
 * @category Kelembagaan
 */
export type TingkatInstitusi = z.output<typeof TingkatInstitusiSchema>;

/**
 * The institutions of the community, one per tier: IMP Bangga Kencana
 * (desa/kelurahan), Sub IMP Bangga Kencana (RW/dusun), Kelompok KB (RT).
 *
 * @example
 * // The institution at the RT
 * InstitusiSchema.options[2];
 * //=> 'kelompok-kb'
 *
 * @see Lampiran BAB I huruf D angka 13 to angka 15.
 * @category Kelembagaan
 */
export const InstitusiSchema = z.enum([
  'imp-bangga-kencana',
  'sub-imp-bangga-kencana',
  'kelompok-kb',
]);

/**
 * An institution, as {@link InstitusiSchema} reads it.
 *
 * @category Kelembagaan
 */
export type Institusi = z.output<typeof InstitusiSchema>;

/**
 * One entry of a catalogue of institutions or Poktan.
 *
 * @category Kelembagaan
 */
export type EntriInstitusi<Id extends string> = {
  /** Stable id. */
  readonly id: Id;
  /** The name in both languages. */
  readonly label: Label;
  /**
   * The tiers it sits at; empty when the decree names no tier for it.
   */
  readonly tingkat: readonly TingkatInstitusi[];
  /** The clause that defines it. */
  readonly citation: Citation;
};

const BAB_I = (angka: number) =>
  cite(KEPUTUSAN_84_2024, `Lampiran BAB I huruf D angka ${angka}`);

/**
 * The institutions of each tier, with their names and defining clauses.
 *
 * @example
 * // The Sub IMP sits at the RW
 * INSTITUSI['sub-imp-bangga-kencana'].tingkat;
 * //=> ['rw']
 *
 * @see Lampiran BAB I huruf D angka 13 to angka 15.
 * @category Kelembagaan
 */
export const INSTITUSI: {
  readonly [K in Institusi]: EntriInstitusi<K>;
} = deepFreeze({
  'imp-bangga-kencana': {
    id: 'imp-bangga-kencana',
    label: { id: 'IMP Bangga Kencana', en: 'IMP Bangga Kencana (village)' },
    tingkat: ['desa-kelurahan'],
    citation: BAB_I(13),
  },
  'sub-imp-bangga-kencana': {
    id: 'sub-imp-bangga-kencana',
    label: { id: 'Sub IMP Bangga Kencana', en: 'Sub IMP (RW or hamlet)' },
    tingkat: ['rw'],
    citation: BAB_I(14),
  },
  'kelompok-kb': {
    id: 'kelompok-kb',
    label: { id: 'Kelompok KB', en: 'Family planning group (RT)' },
    tingkat: ['rt'],
    citation: BAB_I(15),
  },
});

const SEMUA_TINGKAT: readonly TingkatInstitusi[] = [
  'desa-kelurahan',
  'rw',
  'rt',
];

/**
 * The Poktan kinds, with their names, the tiers each sits at and their
 * defining clauses.
 *
 * @remarks
 * BKB, BKR, BKL, PIK Remaja and UPPKA sit at every tier, as the table of
 * Lampiran BAB IV huruf B sets. A Kelompok KB sits at the RT, where the
 * decree defines it. The decree names no tier for Rumah Dataku, so its
 * list of tiers is empty rather than guessed.
 *
 * @example
 * // UPPKA may be formed at the desa, the RW and the RT
 * POKTAN.uppka.tingkat;
 * //=> ['desa-kelurahan', 'rw', 'rt']
 *
 * @see Lampiran BAB I huruf D angka 5 to angka 10.
 * @see Lampiran BAB IV huruf B.
 * @category Kelembagaan
 */
export const POKTAN: { readonly [K in JenisPoktan]: EntriInstitusi<K> } =
  deepFreeze({
    bkb: poktan('bkb', 5, 'BKB', 'Parenting of young children (BKB)'),
    bkr: poktan('bkr', 6, 'BKR', 'Parenting of teenagers (BKR)'),
    'pik-remaja': poktan(
      'pik-remaja',
      7,
      'PIK Remaja',
      'Youth information and counselling centre',
    ),
    bkl: poktan('bkl', 8, 'BKL', 'Families with elderly members (BKL)'),
    uppka: poktan('uppka', 9, 'UPPKA', 'Income group of acceptors (UPPKA)'),
    'rumah-dataku': {
      ...poktan('rumah-dataku', 10, 'Rumah Dataku', 'Population data house'),
      tingkat: [],
    },
    'kelompok-kb': {
      ...poktan('kelompok-kb', 15, 'Kelompok KB', 'Family planning group'),
      tingkat: ['rt'],
    },
  });

function poktan<K extends JenisPoktan>(
  id: K,
  angka: number,
  nama: string,
  en: string,
): EntriInstitusi<K> {
  const label = { id: nama, en };
  return { id, label, tingkat: SEMUA_TINGKAT, citation: BAB_I(angka) };
}

/**
 * The answer of {@link findWadahPembinaan}.
 *
 * @category Kelembagaan
 */
export type WadahPembinaan = {
  /** The fostering institution, or `null` when the table names none. */
  readonly wadah: Institusi | null;
  /** The table of wadah pembinaan. */
  readonly citation: Citation;
};

const WADAH_PER_TINGKAT: { readonly [K in TingkatInstitusi]: Institusi } = {
  'desa-kelurahan': 'imp-bangga-kencana',
  rw: 'sub-imp-bangga-kencana',
  rt: 'kelompok-kb',
};
const DITABELKAN: readonly JenisPoktan[] = [
  'bkb',
  'bkr',
  'bkl',
  'pik-remaja',
  'uppka',
];

/**
 * Finds the institution that fosters (is the wadah pembinaan of) a Poktan
 * at a tier: the IMP at the desa, the Sub IMP at the RW, the Kelompok KB
 * at the RT.
 *
 * @remarks
 * The table names only BKB, BKR, BKL, PIK Remaja and UPPKA. For a
 * Kelompok KB or a Rumah Dataku as a Poktan, the answer is `null`: the
 * decree does not say, and the library does not guess.
 *
 * @param jenis - The kind of Poktan.
 * @param tingkat - The tier where it sits.
 * @returns The fostering institution or `null`, with the clause. Frozen.
 * @throws {@link ImpInputError} when a value is not one documented.
 *
 * @example
 * // A BKR at an RW is fostered by the Sub IMP
 * findWadahPembinaan('bkr', 'rw').wadah;
 * //=> 'sub-imp-bangga-kencana'
 *
 * @see Lampiran BAB IV huruf B.
 * @category Kelembagaan
 */
export function findWadahPembinaan(
  jenis: JenisPoktan,
  tingkat: TingkatInstitusi,
): WadahPembinaan {
  const input = parseInput(
    { jenis: JenisPoktanSchema, tingkat: TingkatInstitusiSchema },
    { jenis, tingkat },
  );
  const wadah = DITABELKAN.includes(input.jenis)
    ? WADAH_PER_TINGKAT[input.tingkat]
    : null;
  return deepFreeze({
    wadah,
    citation: cite(KEPUTUSAN_84_2024, 'Lampiran BAB IV huruf B'),
  });
}

/**
 * The places of activity where kader of every tier take part: Kampung
 * KB, Rumah Dataku and Pojok Kependudukan.
 *
 * @example
 * // The reading corner and its clause
 * WADAH_KEGIATAN['pojok-kependudukan'].citation.ref;
 * //=> 'Lampiran BAB IV huruf A angka 2 penjelasan huruf d'
 *
 * @see Lampiran BAB IV huruf A angka 2 penjelasan huruf b to huruf d.
 * @category Kelembagaan
 */
export const WADAH_KEGIATAN = deepFreeze({
  'kampung-kb': wadahKegiatan('kampung-kb', 'b', 'Kampung KB', {
    en: 'Family planning village (Kampung KB)',
  }),
  'rumah-dataku': wadahKegiatan('rumah-dataku', 'c', 'Rumah Dataku', {
    en: 'Population data house (Rumah Dataku)',
  }),
  'pojok-kependudukan': wadahKegiatan(
    'pojok-kependudukan',
    'd',
    'Pojok Kependudukan',
    { en: 'Population reading corner' },
  ),
} as const);

function wadahKegiatan<K extends string>(
  id: K,
  huruf: string,
  nama: string,
  { en }: { en: string },
) {
  const ref = `Lampiran BAB IV huruf A angka 2 penjelasan huruf ${huruf}`;
  return {
    id,
    label: { id: nama, en },
    citation: cite(KEPUTUSAN_84_2024, ref),
  };
}

/**
 * The names of the institutions before the decree: PPKBD at the desa,
 * Sub PPKBD at the RW and Pok KB at the RT.
 *
 * @example
 * // The old name of a Sub IMP
 * NamaLamaSchema.safeParse('sub-ppkbd').success;
 * //=> true
 *
 * @see Diktum KETUJUH.
 * @category Kelembagaan
 */
export const NamaLamaSchema = z.enum(['ppkbd', 'sub-ppkbd', 'pok-kb']);

/**
 * An old institution name, as {@link NamaLamaSchema} reads it.
 *
 * @category Kelembagaan
 */
export type NamaLama = z.output<typeof NamaLamaSchema>;

/**
 * The answer of {@link mapNamaLama}: the old name kept beside the new.
 *
 * @category Kelembagaan
 */
export type InstitusiNamaLama = {
  /** The institution as the decree names it now. */
  readonly institusi: Institusi;
  /** The name the record used, kept so that nothing is lost. */
  readonly namaLama: NamaLama;
  /** The dictum that carries old bodies over. */
  readonly citation: Citation;
};

const NAMA_BARU: { readonly [K in NamaLama]: Institusi } = {
  ppkbd: 'imp-bangga-kencana',
  'sub-ppkbd': 'sub-imp-bangga-kencana',
  'pok-kb': 'kelompok-kb',
};

/**
 * Reads an institution recorded under its old name as the institution the
 * decree names now, keeping the old name.
 *
 * @remarks
 * The dictum speaks of bodies already working at the desa before the
 * decree, read as IMP Bangga Kencana. As the regulation README decides,
 * a Sub PPKBD reads as a Sub IMP; the library reads a Pok KB, the RT body
 * of old practice, as a Kelompok KB in the same way.
 *
 * @param namaLama - The old name.
 * @returns The current institution, the old name and the dictum. Frozen.
 * @throws {@link ImpInputError} when the name is not one documented.
 *
 * @example
 * // A PPKBD is an IMP Bangga Kencana
 * mapNamaLama('ppkbd').institusi;
 * //=> 'imp-bangga-kencana'
 *
 * @see Diktum KETUJUH.
 * @category Kelembagaan
 */
export function mapNamaLama(namaLama: NamaLama): InstitusiNamaLama {
  const input = parseInput({ namaLama: NamaLamaSchema }, { namaLama });
  return deepFreeze({
    institusi: NAMA_BARU[input.namaLama],
    namaLama: input.namaLama,
    citation: cite(KEPUTUSAN_84_2024, 'Diktum KETUJUH'),
  });
}
