import { decree, field, type MetadataTable } from '../metadata.js';

const D = 'Lampiran BAB III huruf D';

/** The formation of an IMP. */
export const PEMBENTUKAN_METADATA: MetadataTable = {
  LangkahPembentukanSchema: {
    title: { id: 'Langkah pembentukan', en: 'Step of formation' },
    description: {
      id:
        'Langkah membentuk IMP Bangga Kencana, berurutan: sosialisasi dan ' +
        'koordinasi, penyiapan SDM, penetapan, lalu pengukuhan yang boleh ' +
        'dilewati.',
      en:
        'The steps of forming an IMP Bangga Kencana, in order: briefing ' +
        'and coordination, preparing people, appointment, then an ' +
        'optional confirmation.',
    },
    citations: [
      decree(`${D} angka 1`),
      decree(`${D} angka 2`),
      decree(`${D} angka 3`),
    ],
  },
  PelakuPembentukanSchema: {
    title: { id: 'Pelaku pembentukan', en: 'Actor of a formation step' },
    description: {
      id: 'Siapa yang mengambil satu langkah pembentukan.',
      en: 'Who took a step of the formation.',
    },
    citations: [decree(`${D} angka 1`), decree(`${D} angka 3 huruf b`)],
  },
  LangkahDiambilSchema: {
    title: { id: 'Langkah yang diambil', en: 'Step taken' },
    description: {
      id: 'Satu langkah yang diambil: yang mana, pada hari apa, oleh siapa.',
      en: 'One step taken: which, on which day, by whom.',
    },
    citations: [decree(D)],
    fields: {
      langkah: field('Langkahnya.', 'The step.', decree(D)),
      tanggal: field(
        'Hari langkah diambil.',
        'The day of the step.',
        decree(D),
      ),
      pelaku: field(
        'Siapa yang mengambilnya.',
        'Who took it.',
        decree(`${D} angka 1`),
        decree(`${D} angka 3 huruf b`),
        decree(`${D} angka 3 huruf c`),
      ),
    },
  },
  PembentukanSchema: {
    title: { id: 'Pembentukan IMP', en: 'Formation of an IMP' },
    description: {
      id:
        'Keadaan pembentukan: langkah yang sudah diambil, terlama dahulu. ' +
        'Urutan dan tanggal langkah baru dinilai saat langkah itu diajukan.',
      en:
        'The state of a formation: the steps taken so far, oldest first. ' +
        'Order and dates are judged when a new step is put forward.',
    },
    citations: [decree(D)],
    fields: {
      riwayat: field(
        'Langkah yang sudah diambil.',
        'The steps taken.',
        decree(D),
      ),
    },
  },
};
