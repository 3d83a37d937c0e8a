/**
 * The rules of Keputusan Kepala BKKBN Nomor 84/KEP/G3/2024 on IMP Bangga
 * Kencana as pure, typed functions, each cited to its clause.
 *
 * @packageDocumentation
 */
export {
  type Citation,
  type Instrument,
  KEPUTUSAN_84_2024,
  UU_1_1974,
  UU_16_2019,
} from './citation.js';
export {
  ImpInputError,
  type InputIssue,
  type InputIssueCode,
  type SafeResult,
} from './errors.js';
export {
  JabatanPenanggungJawabSchema,
  type Kepengurusan,
  KepengurusanSchema,
  type Pengurus,
  PengurusSchema,
  UnsurPembinaSchema,
} from './kelembagaan/kepengurusan.js';
export type { Label } from './label.js';
export {
  assessPup,
  assessPupCatin,
  type CatatanPup,
  type Catin,
  CatinSchema,
  type JenisKelamin,
  JenisKelaminSchema,
  type Orang,
  OrangSchema,
  type PupCatinResult,
  type PupResult,
  safeAssessPup,
  safeAssessPupCatin,
  USIA_IDEAL_PERKAWINAN,
  USIA_MINIMAL_PERKAWINAN,
} from './pup.js';
export {
  type AssessPusOptions,
  AssessPusOptionsSchema,
  assessPus,
  KETENTUAN_PUS,
  type KetentuanPus,
  type Pasangan,
  PasanganSchema,
  type PusResult,
  safeAssessPus,
} from './pus.js';
export {
  computeTanggalUsia,
  computeUsia,
  type Tanggal,
  TanggalSchema,
} from './tanggal.js';
