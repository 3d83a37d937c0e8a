import * as z from 'zod';

/**
 * The facts of one IMP Bangga Kencana that its classification reads, one
 * group per Peran Bakti (Lampiran BAB IV huruf A angka 2). Other keys are
 * ignored.
 *
 * @remarks
 * Ordered values, lowest first: `pembagianTugas` `'tidak-ada'`, `'ada'`
 * (tasks shared out), `'jelas'` (each task clearly assigned);
 * `pelaksanaan` `'tidak-ada'`, `'tidak-berkala'` (meetings now and
 * then), `'rutin-bulanan'` (one in every month); `cara` `'tidak-ada'`,
 * `'sederhana'` (simple records), `'pola-rr-rumah-dataku'` (the R/R
 * pattern kept in a Rumah DataKU). Lists may repeat an entry; it counts
 * once.
 *
 * @example
 * // A kind of bina keluarga outside the four is refused
 * PenilaianSchema.shape.pelayanan.shape.binaKeluarga
 *   .safeParse(['uppka']).success;
 * //=> false
 *
 * @see Lampiran BAB IV huruf C.
 * @category Klasifikasi
 */
export const PenilaianSchema = z.object({
  pengorganisasian: z.object({
    kepengurusan: z.boolean(),
    pembagianTugas: z.enum(['tidak-ada', 'ada', 'jelas']),
    bidang: z.boolean(),
  }),
  pertemuan: z.object({
    pelaksanaan: z.enum(['tidak-ada', 'tidak-berkala', 'rutin-bulanan']),
    rencanaKerja: z.boolean(),
    notulen: z.boolean(),
    berjenjang: z.boolean(),
  }),
  advokasiKie: z.object({ kie: z.boolean(), kipk: z.boolean() }),
  pencatatan: z.object({
    cara: z.enum(['tidak-ada', 'sederhana', 'pola-rr-rumah-dataku']),
  }),
  pelayanan: z.object({
    pembinaanPesertaKbAktif: z.boolean(),
    rujukan: z.boolean(),
    uppka: z.boolean(),
    binaKeluarga: z.array(z.enum(['bkb', 'bkr', 'bkl', 'pik-remaja'])),
  }),
  kemandirian: z.object({
    upaya: z.array(
      z.enum([
        'fasilitasi-pelayanan-kontrasepsi',
        'pendanaan-kelompok',
        'kemandirian-poktan',
      ]),
    ),
  }),
});

/**
 * The facts of one IMP as {@link classifyImp} reads them.
 *
 * @category Klasifikasi
 */
export type Penilaian = z.input<typeof PenilaianSchema>;

/**
 * Options of {@link classifyImp}.
 *
 * @example
 * // The strict reading of Dasar
 * ClassifyImpOptionsSchema.parse({ dasar: 'lengkap' }).dasar;
 * //=> 'lengkap'
 *
 * @see Lampiran BAB IV huruf C angka 1.
 * @category Klasifikasi
 */
export const ClassifyImpOptionsSchema = z.strictObject({
  /**
   * How Dasar is read. `'minimal'` (default): Dasar is a floor, reached
   * once Pengorganisasian meets its Dasar criterion, with the other Dasar
   * criteria it misses reported as gaps (the note under angka 1 says a
   * Dasar IMP has not yet carried out all six roles). `'lengkap'`: every
   * Dasar criterion of all six Peran Bakti must hold.
   */
  dasar: z.enum(['minimal', 'lengkap']).optional(),
});

/**
 * Options of {@link classifyImp}.
 *
 * @category Klasifikasi
 */
export type ClassifyImpOptions = z.input<typeof ClassifyImpOptionsSchema>;
