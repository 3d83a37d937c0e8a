import type { MetadataTable } from '../metadata.js';
import { INSTITUSI_METADATA } from './institusi.js';
import { KELUARGA_METADATA } from './keluarga.js';
import { KEPENGURUSAN_METADATA } from './kepengurusan.js';
import { KLASIFIKASI_METADATA } from './klasifikasi.js';
import { LAPORAN_METADATA } from './laporan.js';
import { NIK_METADATA } from './nik.js';
import { PEMBENTUKAN_METADATA } from './pembentukan.js';
import { PROGRAM_METADATA } from './program.js';
import { PUP_METADATA } from './pup.js';
import { PUS_METADATA } from './pus.js';
import { TANGGAL_METADATA } from './tanggal.js';
import { WILAYAH_METADATA } from './wilayah.js';

/** The metadata of every exported schema, by its exported name. */
export const METADATA: MetadataTable = {
  ...INSTITUSI_METADATA,
  ...KELUARGA_METADATA,
  ...KEPENGURUSAN_METADATA,
  ...KLASIFIKASI_METADATA,
  ...LAPORAN_METADATA,
  ...NIK_METADATA,
  ...PEMBENTUKAN_METADATA,
  ...PROGRAM_METADATA,
  ...PUP_METADATA,
  ...PUS_METADATA,
  ...TANGGAL_METADATA,
  ...WILAYAH_METADATA,
};
