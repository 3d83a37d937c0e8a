import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import { ImpInputError } from '../src/index.js';
import { errorTextsOf, RAHASIA, rahasiaArb } from './support/rahasia.js';

const PENILAIAN = {
  pengorganisasian: { kepengurusan: true, pembagianTugas: 'ada', bidang: true },
  pertemuan: {
    pelaksanaan: 'tidak-berkala',
    rencanaKerja: true,
    notulen: false,
    berjenjang: true,
  },
  advokasiKie: { kie: true, kipk: false },
  pencatatan: { cara: 'sederhana' },
  pelayanan: {
    pembinaanPesertaKbAktif: true,
    rujukan: true,
    uppka: false,
    binaKeluarga: ['bkb', 'pik-remaja', 'bkb'],
  },
  kemandirian: { upaya: ['pendanaan-kelompok'] },
};

const CATATAN_PERTEMUAN = {
  periode: { mulai: '2025-01-01', selesai: '2025-02-28' },
  rencanaKerja: true,
  pertemuan: [{ tanggal: '2025-01-10', tingkat: 'imp', notulen: true }],
};

const ISSUE = {
  code: 'unrecognized_key',
  path: ['options', 'x'],
  message: { id: 'Kunci ini tidak dikenal.', en: 'This key is unknown.' },
};

const KELUARGA = {
  id: 'K-001',
  kodeDesa: '32.04.11.2001',
  rentan: false,
  anggota: [
    {
      id: '01',
      jenisKelamin: 'laki-laki',
      tanggalLahir: '1990-01-01',
      statusKawin: 'kawin',
      hubungan: 'kepala-keluarga',
    },
    {
      id: '02',
      jenisKelamin: 'perempuan',
      tanggalLahir: '1975-02-28',
      statusKawin: 'kawin',
      hubungan: 'istri',
      haid: true,
      kontrasepsi: { metode: 'pil', sejak: '2025-06-01' },
      nik: '3204116802750001',
    },
  ],
};

/**
 * Valid arguments for every exported function. Near-miss inputs are made
 * from them; a new export fails the first test below until it is added.
 */
const LAPORAN_DESA = {
  kode: '32.04.11.2001',
  bulan: '2025-06',
  jumlah: {
    pus: 10,
    pesertaKbAktif: { total: 6, metode: { pil: 4 } },
    pesertaKbBaru: { total: 1, metode: { pil: 1 } },
    pusBukanPeserta: { hamil: 1, inginAnakTunda: 3 },
    poktan: { terdaftar: 2, aktif: 1, melapor: 1 },
    desa: 1,
  },
};
const ROLL_UP = [
  library.rollUpLaporan([LAPORAN_DESA]),
  library.rollUpLaporan([{ ...LAPORAN_DESA, kode: '32.04.12.2001' }]),
];

const VALID_ARGUMENTS: Record<string, readonly unknown[]> = {
  assessPus: [
    { menikah: true, istri: { tanggalLahir: '1975-01-01', haid: true } },
    '2025-01-01',
    { usia50: 'harfiah' },
  ],
  assessPup: [
    { jenisKelamin: 'perempuan', tanggalLahir: '2000-02-29' },
    '2025-01-01',
  ],
  assessPupCatin: [
    {
      calonSuami: { tanggalLahir: '1999-01-01' },
      calonIstri: { tanggalLahir: '2001-01-01' },
    },
    '2025-01-01',
  ],
  computeUsia: ['2000-02-29', '2025-01-01'],
  computeTanggalUsia: ['2000-02-29', 21],
  findTugas: ['ketua'],
  findPemangku: ['ketua.rapat-koordinasi-bulanan'],
  findByClause: ['Lampiran BAB III huruf C angka 3'],
  tingkatKodeWilayah: ['32.04.11.2001'],
  findWadahPembinaan: ['bkb', 'rw'],
  mapNamaLama: ['sub-ppkbd'],
  decodeNik: ['3204115708900001', '2025-01-01'],
  checkNik: [
    '3204115708900001',
    { tanggalLahir: '1990-08-17', jenisKelamin: 'perempuan' },
  ],
  maskNik: ['3204115708900001'],
  advancePembentukan: [
    {
      riwayat: [
        {
          langkah: 'sosialisasi-koordinasi',
          tanggal: '2025-01-10',
          pelaku: 'plkb',
        },
      ],
    },
    { langkah: 'penyiapan-sdm', tanggal: '2025-02-01', pelaku: 'lainnya' },
  ],
  assessCakupan: [
    {
      kode: '32.04.11.2001',
      nama: 'Sukamaju',
      imp: true,
      rw: [
        {
          nomor: 1,
          subImp: true,
          poktan: ['bkb', 'bkr'],
          rt: [{ nomor: 1, kelompokKb: false, poktan: ['uppka'] }],
        },
      ],
    },
  ],
  validateKepengurusan: [
    {
      penanggungJawab: { nama: 'Asep', jabatan: 'kepala-desa' },
      pembina: [{ nama: 'Dedi', unsur: 'plkb' }],
      ketua: { nama: 'Ahmad', nik: '3204110501010123' },
      sekretaris: { nama: 'Sri' },
      bendahara: { nama: 'Wati' },
      bidang: {
        data: { nama: 'Rina' },
        kiePenggerakan: { nama: 'Yuli' },
        pelayanan: { nama: 'Eni' },
      },
      subImp: [{ rw: 1, ketua: { nama: 'Tati' } }],
      kelompokKb: [{ rw: 1, rt: 1 }],
      dipilihMelaluiMusyawarah: true,
    },
    {
      desa: {
        kode: '32.04.11.2001',
        nama: 'Sukamaju',
        rw: [{ nomor: 1, rt: [{ nomor: 1 }] }],
      },
    },
  ],
  isKodeWilayahTurunan: ['32.04.11', '32.04.11.2001'],
  validateDesa: [
    {
      kode: '32.04.11.2001',
      nama: 'Sukamaju',
      imp: true,
      poktan: ['bkb'],
      rw: [
        {
          nomor: 1,
          dusun: 'Cibeureum',
          subImp: true,
          poktan: ['bkr'],
          rt: [{ nomor: 1, kelompokKb: true, poktan: ['uppka'] }],
        },
      ],
    },
  ],
  classifyImp: [PENILAIAN, { dasar: 'lengkap' }],
  listBulanTanpaCatatan: [
    { mulai: '2025-01-20', selesai: '2025-03-05' },
    ['2025-02-01'],
  ],
  derivePertemuan: [CATATAN_PERTEMUAN],
  derivePengorganisasian: [
    { ketua: { nama: 'Ahmad', tugas: ['koordinasi'] }, bidang: {} },
  ],
  derivePoktan: [[{ jenis: 'bkb', aktif: true }]],
  classifyImpFromRecords: [
    {
      kepengurusan: { ketua: { nama: 'Ahmad' } },
      pertemuan: CATATAN_PERTEMUAN,
      poktan: [{ jenis: 'uppka', aktif: true }],
      advokasiKie: PENILAIAN.advokasiKie,
      pencatatan: PENILAIAN.pencatatan,
      pelayanan: { pembinaanPesertaKbAktif: true, rujukan: false },
      kemandirian: PENILAIAN.kemandirian,
    },
    { dasar: 'minimal' },
  ],
  summarizeKlasifikasi: [[PENILAIAN, PENILAIAN], { dasar: 'lengkap' }],
  mergeKlasifikasiSummary: [
    library.summarizeKlasifikasi([PENILAIAN] as never),
    JSON.parse(
      JSON.stringify(library.summarizeKlasifikasi([PENILAIAN] as never)),
    ),
  ],
  computeRasio: [LAPORAN_DESA.jumlah, { unmetNeed: ['tidak-ingin-anak-lagi'] }],
  checkLaporanDesa: [LAPORAN_DESA],
  rollUpLaporan: [[LAPORAN_DESA], { tidakKonsisten: 'lewati' }],
  mergeRollUp: [...ROLL_UP, { unmetNeed: ['hamil'] }],
  validateKeluarga: [KELUARGA, '2025-06-30'],
  assessSasaran: [[KELUARGA], '2025-06-30', { lansia: { usiaMinimal: 65 } }],
  buildLaporanDesa: [
    {
      kode: '32.04.11.2001',
      keluarga: [KELUARGA],
      peristiwa: {
        dicatatSejak: '2024-01-01',
        kelahiran: [{ tanggal: '2025-03-01', keluarga: 'K-001' }],
        perkawinan: [],
      },
      ppm: { pil: 2 },
      poktan: { terdaftar: 2, aktif: 1, melapor: 1 },
      impPertemuan: 1,
      terpaduRkpDesa: true,
    },
    '2025-06-30',
    { usia50: 'harfiah' },
  ],
  formatInputError: [{ issues: [ISSUE] }, { bahasa: 'en' }],
  issueMessage: [ISSUE, 'en'],
  createFormatter: [{ bahasa: 'en' }],
  checkProgramTahunan: [
    {
      kodeDesa: '32.04.11.2001',
      tahun: 2025,
      kondisiSaatIni: 'PA 60%',
      kondisiInginDicapai: 'PA 70%',
      strategi: { penggerakan: 'KIE', pelayanan: 'MKJP' },
      jadwal: [{ nama: 'Pendataan', pelaksana: 'PLKB', waktu: '2025-02' }],
      penyusun: [{ unsur: 'plkb' }, { unsur: 'imp' }],
      diketahui: { unsur: 'kepala-desa-lurah', tanggal: '2025-01-05' },
      tahunRkp: 2025,
      rakorAwalTahun: {
        tanggal: '2025-01-20',
        peserta: [{ unsur: 'perangkat-desa-kelurahan' }],
      },
    },
    { awalTahunSampaiBulan: 2 },
  ],
  listBulanTanpaRapatKoordinasi: [
    { mulai: '2024-12-15', selesai: '2025-02-01' },
    [{ tanggal: '2025-01-31' }],
  ],
  listBulanTanpaPemantauan: [
    { mulai: '2025-01-01', selesai: '2025-03-31' },
    [{ tanggal: '2025-02-01', pelaksana: 'koordinator-kb-kecamatan' }],
    { pelaksana: ['koordinator-kb-kecamatan', 'kepala-desa-lurah'] },
  ],
};
for (const name of Object.keys(VALID_ARGUMENTS)) {
  const safeName = `safe${name[0]?.toUpperCase()}${name.slice(1)}`;
  if (safeName in library) {
    VALID_ARGUMENTS[safeName] = VALID_ARGUMENTS[name] as unknown[];
  }
}

const isClass = (fn: unknown) =>
  typeof fn === 'function' &&
  /^class\b/.test(Function.prototype.toString.call(fn));

type AnyFunction = (...args: unknown[]) => unknown;

const FUNCTIONS = (Object.entries(library) as [string, unknown][]).filter(
  (entry): entry is [string, AnyFunction] =>
    typeof entry[1] === 'function' && !isClass(entry[1]),
);

/** Values that look almost right to a careless writer of records. */
const nearValueArb = fc.oneof(
  fc.constantFrom(
    '2023-02-29',
    '2024-13-01',
    '2024-1-01',
    '2024-01-01T00:00:00Z',
    '',
    ' 2024-01-01',
    'true',
    'Inklusif',
    null,
    undefined,
    0,
    -1,
    Number.NaN,
    [],
    {},
  ),
  fc.anything(),
);

type Path = readonly (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Object.entries(value).flatMap(([key, child]) =>
    pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
  );
  return [prefix, ...children];
}

function replaced(value: unknown, path: Path, next: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return next;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  if (next === DELETE && rest.length === 0) delete copy[head];
  else copy[head] = replaced(copy[head], rest, next);
  return copy;
}
const DELETE = Symbol('delete');

function nearMissArb(valid: readonly unknown[], valueArb = nearValueArb) {
  const paths = pathsOf([...valid]).filter((path) => path.length > 0);
  return fc
    .tuple(fc.constantFrom(...paths), fc.oneof(valueArb, fc.constant(DELETE)))
    .map(([path, next]) => replaced([...valid], path, next) as unknown[]);
}

/** Calls `fn`, and fails unless it returns or throws ImpInputError. */
function callDocumented(fn: (...args: unknown[]) => unknown, args: unknown[]) {
  const before = structuredClone(args);
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    expect(error).toBeInstanceOf(ImpInputError);
    expect((error as ImpInputError).issues.length).toBeGreaterThan(0);
  }
  expect(args).toStrictEqual(before);
  if (typeof result === 'object' && result !== null) {
    expect(Object.isFrozen(result)).toBe(true);
  }
}

describe('every exported function', () => {
  it('has valid arguments listed here, so it joins the tests below', () => {
    expect(FUNCTIONS.map(([name]) => name).sort()).toEqual(
      Object.keys(VALID_ARGUMENTS).sort(),
    );
  });

  describe.each(FUNCTIONS)('%s', (name, fn) => {
    const valid = VALID_ARGUMENTS[name] ?? [];

    it('returns a frozen result for its valid arguments', () => {
      const result = fn(...structuredClone(valid));
      expect(Object.isFrozen(result)).toBe(true);
    });

    test.prop([fc.array(fc.anything(), { maxLength: fn.length + 1 })])(
      'returns or throws ImpInputError for any values at all',
      (args) => callDocumented(fn, args),
    );

    test.prop([nearMissArb(valid)])(
      'returns or throws ImpInputError for a near-miss record',
      (args) => callDocumented(fn, args),
    );

    test.prop([nearMissArb(valid, rahasiaArb)])(
      'never repeats a marker from its input in an error',
      (args) => {
        for (const text of errorTextsOf(() => fn(...args))) {
          expect(text).not.toContain(RAHASIA);
        }
      },
    );
  });

  it('never changes a frozen input', () => {
    const args = structuredClone(VALID_ARGUMENTS.assessPus ?? []);
    for (const arg of args) Object.freeze(arg);
    expect(() => library.assessPus(...(args as [never, never]))).not.toThrow();
  });
});
