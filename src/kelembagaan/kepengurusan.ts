import * as z from 'zod';
import { NikSchema } from '../nik.js';

/**
 * One person holding a position in an IMP Bangga Kencana, as the roster
 * records them. The decree asks for the name, domicile and KTP number
 * (NIK) of a leader (Lampiran BAB IV huruf A angka 1); only the name is
 * required here, because many rosters lack the rest.
 *
 * @remarks
 * `tugas` lists the tasks written down for the person, e.g. in the Surat
 * Keputusan or its attachment. Whether tasks are written down is what the
 * classification calls the division of tasks (Lampiran BAB IV huruf C).
 * The NIK, when given, must have the shape {@link NikSchema} sets. It is
 * personal data: it is never repeated in a message.
 *
 * @example
 * // A secretary whose tasks are written down
 * PengurusSchema.parse({
 *   nama: 'Sri Lestari',
 *   tugas: ['administrasi', 'pencatatan dan pelaporan'],
 * }).tugas.length;
 * //=> 2
 *
 * @category Kelembagaan
 */
export const PengurusSchema = z.object({
  nama: z.string().trim().min(1),
  domisili: z.string().trim().min(1).optional(),
  nik: NikSchema.optional(),
  tugas: z.array(z.string().trim().min(1)).default([]),
});

/**
 * One person holding a position, as {@link PengurusSchema} reads them.
 *
 * @category Kelembagaan
 */
export type Pengurus = z.input<typeof PengurusSchema>;

/**
 * Where a Pembina comes from: a Penyuluh KB, a PLKB, a community leader
 * (TOMA), a religious leader (TOGA), or anyone else, which the decree
 * does not allow (Lampiran BAB III huruf B angka 2 huruf b).
 *
 * @example
 * // A PLKB may be Pembina
 * UnsurPembinaSchema.safeParse('plkb').success;
 * //=> true
 *
 * @category Kelembagaan
 */
export const UnsurPembinaSchema = z.enum([
  'penyuluh-kb',
  'plkb',
  'toma',
  'toga',
  'lainnya',
]);

/**
 * The office of the Penanggung jawab: the decree gives the role to the
 * Kepala Desa or Lurah (Lampiran BAB III huruf B angka 2 huruf a).
 *
 * @example
 * // A Lurah may be Penanggung jawab
 * JabatanPenanggungJawabSchema.safeParse('lurah').success;
 * //=> true
 *
 * @category Kelembagaan
 */
export const JabatanPenanggungJawabSchema = z.enum([
  'kepala-desa',
  'lurah',
  'lainnya',
]);

/**
 * The roster of an IMP Bangga Kencana: who holds which position of the
 * structure that Lampiran BAB III huruf B angka 1 sets. A position left out
 * is vacant; checking what is missing is the job of the structure check,
 * not of this schema, so that an incomplete roster can still be read.
 *
 * @remarks
 * Sub IMP (per RW/dusun) and Kelompok KB (per RT) are listed with the
 * number of their RW or RT within the desa and, where known, their leader.
 *
 * @example
 * // A roster with a board but no bidang yet
 * const roster = KepengurusanSchema.parse({
 *   ketua: { nama: 'Ahmad' },
 *   sekretaris: { nama: 'Sri' },
 *   bendahara: { nama: 'Wati' },
 * });
 * [roster.bidang, roster.pembina, roster.subImp];
 * //=> [{}, [], []]
 *
 * @category Kelembagaan
 */
export const KepengurusanSchema = z.object({
  penanggungJawab: PengurusSchema.extend({
    jabatan: JabatanPenanggungJawabSchema,
  }).optional(),
  pembina: z
    .array(PengurusSchema.extend({ unsur: UnsurPembinaSchema }))
    .default([]),
  ketua: PengurusSchema.optional(),
  sekretaris: PengurusSchema.optional(),
  bendahara: PengurusSchema.optional(),
  bidang: z
    .object({
      data: PengurusSchema.optional(),
      kiePenggerakan: PengurusSchema.optional(),
      pelayanan: PengurusSchema.optional(),
    })
    .default({}),
  subImp: z
    .array(
      z.object({
        rw: z.int().min(1),
        ketua: PengurusSchema.optional(),
      }),
    )
    .default([]),
  kelompokKb: z
    .array(
      z.object({
        rw: z.int().min(1),
        rt: z.int().min(1),
        ketua: PengurusSchema.optional(),
      }),
    )
    .default([]),
  /**
   * Whether the board was chosen by the community through musyawarah
   * (Lampiran BAB III huruf B angka 2 huruf c); absent when not recorded.
   */
  dipilihMelaluiMusyawarah: z.boolean().optional(),
});

/**
 * A roster as {@link KepengurusanSchema} reads it.
 *
 * @category Kelembagaan
 */
export type Kepengurusan = z.input<typeof KepengurusanSchema>;
