// Parsing family records with KeluargaSchema against the same shape
// written as a plain zod schema without checks: no regex for codes, no
// calendar check for dates, no length bounds. The ratio is the price of
// the checks. validateKeluarga, which adds the rules between fields and
// a frozen result, is shown beside them for context.
import {
  AlasanTidakKbSchema,
  HubunganKeluargaSchema,
  JenisKelaminSchema,
  KeluargaSchema,
  MetodeKontrasepsiSchema,
  StatusKawinSchema,
  validateKeluarga,
} from 'imp-bangga-kencana';
import * as z from 'zod';
import {
  assertSame,
  compare,
  formatInt,
  loadInputs,
  verdict,
} from './support.mjs';

const COUNT = 20_000;
const TARGET_RATIO = 1.3;

const PlainAnggotaSchema = z.strictObject({
  id: z.string(),
  nik: z.string().optional(),
  nama: z.string().optional(),
  jenisKelamin: z.enum(JenisKelaminSchema.options),
  tanggalLahir: z.string(),
  statusKawin: z.enum(StatusKawinSchema.options),
  hubungan: z.enum(HubunganKeluargaSchema.options),
  haid: z.boolean().optional(),
  hamil: z.boolean().optional(),
  kontrasepsi: z
    .strictObject({
      metode: z.enum(MetodeKontrasepsiSchema.options),
      sejak: z.string(),
    })
    .optional(),
  alasanTidakKb: z.enum(AlasanTidakKbSchema.options).optional(),
  rencanaMenikah: z.string().optional(),
});

const PlainKeluargaSchema = z.strictObject({
  id: z.string(),
  kodeDesa: z.string(),
  rentan: z.boolean(),
  anggota: z.array(PlainAnggotaSchema),
});

const { sampleKeluarga, TANGGAL } = await loadInputs();
const families = sampleKeluarga(COUNT);
const members = families.reduce((n, k) => n + k.anggota.length, 0);

function parseWith(schema) {
  let sum = 0;
  for (const keluarga of families) {
    const result = schema.safeParse(keluarga);
    sum += result.success ? result.data.anggota.length : 1000;
  }
  return sum;
}

function validateAll() {
  let sum = 0;
  for (const keluarga of families) {
    sum += validateKeluarga(keluarga, TANGGAL).anggota.length;
  }
  return sum;
}

// Every family is valid, so all three read every member.
assertSame('KeluargaSchema', parseWith(KeluargaSchema), members);
assertSame('plain schema', parseWith(PlainKeluargaSchema), members);
assertSame('validateKeluarga', validateAll(), members);

const [, ours] = await compare(
  `Parsing ${formatInt(COUNT)} families (${formatInt(members)} members)`,
  { items: COUNT, unit: 'families', rounds: 5, iterations: 3 },
  [
    [
      'baseline: plain zod, same shape, no checks',
      () => parseWith(PlainKeluargaSchema),
    ],
    ['KeluargaSchema.safeParse', () => parseWith(KeluargaSchema)],
    ['context: validateKeluarga (rules, frozen)', validateAll],
  ],
);
verdict('KeluargaSchema time / plain schema time', ours.ratio, TARGET_RATIO);
