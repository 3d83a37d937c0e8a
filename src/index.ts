/**
 * The rules of Keputusan Kepala BKKBN Nomor 84/KEP/G3/2024 on IMP Bangga
 * Kencana as pure, typed functions, each cited to its clause.
 *
 * @packageDocumentation
 */
export {
  type Bahasa,
  BahasaSchema,
  type CreateFormatterOptions,
  CreateFormatterOptionsSchema,
  createFormatter,
  type FormatInputErrorOptions,
  FormatInputErrorOptionsSchema,
  type Formatter,
  formatInputError,
  issueMessage,
} from './bahasa.js';
export {
  type Citation,
  type Instrument,
  KEPUTUSAN_84_2024,
  UU_1_1974,
  UU_13_1998,
  UU_16_2019,
} from './citation.js';
export {
  ImpInputError,
  type InputIssue,
  type InputIssueCode,
  type SafeResult,
} from './errors.js';
export {
  assessCakupan,
  type CakupanResult,
  type CakupanRw,
  type KekuranganCakupan,
  safeAssessCakupan,
  TARGET_CAKUPAN,
} from './kelembagaan/cakupan.js';
export {
  type EntriInstitusi,
  findWadahPembinaan,
  INSTITUSI,
  type Institusi,
  type InstitusiNamaLama,
  InstitusiSchema,
  type JenisPoktan,
  JenisPoktanSchema,
  mapNamaLama,
  type NamaLama,
  NamaLamaSchema,
  POKTAN,
  type TingkatInstitusi,
  TingkatInstitusiSchema,
  WADAH_KEGIATAN,
  type WadahPembinaan,
} from './kelembagaan/institusi.js';
export {
  type EntriKatalog,
  findByClause,
  findPemangku,
  findTugas,
  INOVASI,
  type JenisPeran,
  KATALOG,
  KEGIATAN,
  KOMPETENSI,
  PELAYANAN,
  PENDANAAN,
  PERAN_KADER,
  PERAN_PEMERINTAH,
  type PemangkuTugas,
  PemangkuTugasSchema,
  type PeranKader,
  type PeranPemerintah,
  SASARAN,
  TUGAS,
  TUGAS_BIDANG,
  TUGAS_PENGURUS,
  type Tugas,
  type TugasId,
  type WadahKader,
} from './kelembagaan/katalog/index.js';
export {
  JabatanPenanggungJawabSchema,
  type Kepengurusan,
  KepengurusanSchema,
  type Pengurus,
  PengurusSchema,
  UnsurPembinaSchema,
} from './kelembagaan/kepengurusan.js';
export {
  type AlasanTolak,
  advancePembentukan,
  type LangkahDiambil,
  LangkahDiambilSchema,
  LangkahPembentukanSchema,
  PelakuPembentukanSchema,
  type Pembentukan,
  type PembentukanResult,
  PembentukanSchema,
  safeAdvancePembentukan,
} from './kelembagaan/pembentukan.js';
export {
  type IdTemuanStruktur,
  IdTemuanStrukturSchema,
  type StrukturResult,
  safeValidateKepengurusan,
  type TemuanStruktur,
  type ValidateKepengurusanOptions,
  ValidateKepengurusanOptionsSchema,
  validateKepengurusan,
} from './kelembagaan/struktur.js';
export {
  type KlasifikasiSummary,
  type KlasifikasiSummaryInput,
  KlasifikasiSummarySchema,
  mergeKlasifikasiSummary,
  safeMergeKlasifikasiSummary,
  summarizeKlasifikasi,
} from './klasifikasi/batch.js';
export {
  listBulanTanpaCatatan,
  type Periode,
  PeriodeSchema,
} from './klasifikasi/bulan.js';
export {
  classifyImp,
  type KlasifikasiResult,
  safeClassifyImp,
  type TingkatPeranBakti,
} from './klasifikasi/classify.js';
export {
  AMBANG_KLASIFIKASI,
  type KlasifikasiId,
  KRITERIA,
  type Kriteria,
  PERAN_BAKTI,
  type PeranBaktiId,
} from './klasifikasi/kriteria.js';
export {
  derivePengorganisasian,
  type PengorganisasianDerived,
  safeDerivePengorganisasian,
} from './klasifikasi/pengorganisasian.js';
export {
  type ClassifyImpOptions,
  ClassifyImpOptionsSchema,
  type Penilaian,
  PenilaianSchema,
} from './klasifikasi/penilaian.js';
export {
  type CatatanPertemuan,
  CatatanPertemuanSchema,
  derivePertemuan,
  type PertemuanDerived,
  safeDerivePertemuan,
} from './klasifikasi/pertemuan.js';
export {
  derivePoktan,
  type PoktanDerived,
  type PoktanDesa,
  PoktanDesaSchema,
  safeDerivePoktan,
} from './klasifikasi/poktan.js';
export {
  type CatatanImp,
  CatatanImpSchema,
  classifyImpFromRecords,
  type KlasifikasiFromRecordsResult,
  safeClassifyImpFromRecords,
} from './klasifikasi/records.js';
export type { Label } from './label.js';
export {
  type CekNikResult,
  checkNik,
  type DataNik,
  DataNikSchema,
  decodeNik,
  maskNik,
  NikSchema,
  type NikTerbaca,
  type SelisihNik,
  safeCheckNik,
  safeDecodeNik,
} from './nik.js';
export {
  type BuildLaporanDesaOptions,
  BuildLaporanDesaOptionsSchema,
  type DataLaporanDesa,
  DataLaporanDesaSchema,
  type LaporanDesaResult,
} from './pemantauan/data-laporan.js';
export {
  buildLaporanDesa,
  safeBuildLaporanDesa,
} from './pemantauan/indikator.js';
export type { KekuranganLaporan } from './pemantauan/indikator-hitung.js';
export {
  JADWAL_BULANAN,
  type JadwalBulananResult,
  type KunjunganPemantauan,
  KunjunganPemantauanSchema,
  type ListBulanTanpaPemantauanOptions,
  ListBulanTanpaPemantauanOptionsSchema,
  listBulanTanpaPemantauan,
  listBulanTanpaRapatKoordinasi,
  PELAKSANA_PEMANTAUAN,
  type PelaksanaPemantauan,
  PelaksanaPemantauanSchema,
  type RapatKoordinasi,
  RapatKoordinasiSchema,
  safeListBulanTanpaPemantauan,
  safeListBulanTanpaRapatKoordinasi,
} from './pemantauan/jadwal.js';
export {
  type AnggotaKeluarga,
  AnggotaKeluargaSchema,
  type HubunganKeluarga,
  HubunganKeluargaSchema,
  type Keluarga,
  KeluargaSchema,
  type KeluargaValid,
  KontrasepsiSchema,
  type StatusKawin,
  StatusKawinSchema,
  safeValidateKeluarga,
  validateKeluarga,
} from './pemantauan/keluarga.js';
export {
  ATURAN_KONSISTENSI,
  type AturanKonsistensi,
  checkLaporanDesa,
  type IdAturan,
  IdAturanSchema,
  type KonsistensiResult,
  type Pelanggaran,
  safeCheckLaporanDesa,
} from './pemantauan/konsistensi.js';
export {
  ALASAN_TIDAK_KB,
  type AlasanTidakKb,
  AlasanTidakKbSchema,
  type EntriAlasanTidakKb,
  type EntriMetodeKontrasepsi,
  METODE_KONTRASEPSI,
  type MetodeKontrasepsi,
  MetodeKontrasepsiSchema,
} from './pemantauan/kontrasepsi.js';
export {
  type Bulan,
  BulanSchema,
  type ComputeRasioOptions,
  ComputeRasioOptionsSchema,
  computeRasio,
  type EntriIndikator,
  ID_JUMLAH,
  type IdIndikator,
  type IdJumlah,
  type IdRasio,
  INDIKATOR,
  type JumlahIndikator,
  JumlahIndikatorSchema,
  type LaporanDesa,
  LaporanDesaSchema,
  type Rasio,
  type RasioIndikator,
  safeComputeRasio,
} from './pemantauan/laporan.js';
export { type Peristiwa, PeristiwaSchema } from './pemantauan/peristiwa.js';
export {
  BATAS_AWAL_TAHUN,
  type CheckProgramTahunanOptions,
  CheckProgramTahunanOptionsSchema,
  checkProgramTahunan,
  type IdTemuanProgramTahunan,
  IdTemuanProgramTahunanSchema,
  type ProgramTahunan,
  type ProgramTahunanResult,
  ProgramTahunanSchema,
  safeCheckProgramTahunan,
  TEMUAN_PROGRAM_TAHUNAN,
  type TemuanProgramTahunan,
  type UnsurProgramTahunan,
  UnsurProgramTahunanSchema,
} from './pemantauan/program-tahunan.js';
export {
  type LaporanDilewati,
  mergeRollUp,
  type RollUpLaporanOptions,
  RollUpLaporanOptionsSchema,
  type RollUpResult,
  rollUpLaporan,
  safeMergeRollUp,
  safeRollUpLaporan,
  type TierRollUp,
  type TingkatRollUp,
} from './pemantauan/rollup.js';
export {
  assessSasaran,
  type KelompokSasaran,
  type PasanganSasaran,
  type PasanganTidakDapatDitentukan,
  type RefAnggota,
  type RefPasangan,
  type SasaranResult,
  safeAssessSasaran,
} from './pemantauan/sasaran.js';
export {
  type AssessSasaranOptions,
  AssessSasaranOptionsSchema,
  type RentangUsia,
  USIA_SASARAN,
} from './pemantauan/usia-sasaran.js';
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
export {
  type Desa,
  DesaSchema,
  type DesaValid,
  isKodeWilayahTurunan,
  KodeDesaSchema,
  KodeKabupatenKotaSchema,
  KodeKecamatanSchema,
  KodeProvinsiSchema,
  NomorWilayahSchema,
  safeValidateDesa,
  type TingkatKode,
  type TingkatWilayah,
  TingkatWilayahSchema,
  tingkatKodeWilayah,
  validateDesa,
} from './wilayah.js';
