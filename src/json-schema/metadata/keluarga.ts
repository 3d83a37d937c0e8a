import type { Citation } from '../../citation.js';
import type { Label } from '../../label.js';
import {
  decree,
  type FieldMetadata,
  field,
  type MetadataTable,
} from '../metadata.js';

const PENDATAAN = decree('Lampiran BAB II huruf B angka 2');
const SASARAN = decree('Lampiran BAB II huruf C');
const PUS = decree('Lampiran BAB I huruf D angka 26');
const KB = decree('Lampiran BAB II huruf B angka 8 huruf c');
const PERKAWINAN = decree('Lampiran BAB II huruf B angka 8 huruf b');
const KELAHIRAN = decree('Lampiran BAB II huruf B angka 8 huruf a');
const UNMET_NEED = decree(
  'Lampiran BAB IV huruf A angka 2 penjelasan huruf b angka 5)',
);

/** The law that says what a family is. */
const UU_52_2009: Citation = {
  instrument:
    'Undang-Undang Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan ' +
    'dan Pembangunan Keluarga',
  ref: 'Pasal 1 angka 6',
};

const ATURAN_KELUARGA: readonly Label[] = [
  {
    id:
      'Id anggota unik dalam keluarganya; ada tepat satu kepala keluarga; ' +
      "'istri' adalah perempuan kawin dari kepala laki-laki, 'suami' " +
      'laki-laki kawin dari kepala perempuan (paling banyak satu); ' +
      'anggota yang kawin memegang salah satu tempat itu.',
    en:
      'Member ids are unique in the family; there is exactly one head; ' +
      "an 'istri' is a married woman of a male head, a 'suami' a married " +
      'man of a female head (one at most); a married member holds one of ' +
      'those places.',
  },
  {
    id:
      'haid, hamil dan alasanTidakKb hanya untuk perempuan; MOP metode ' +
      'laki-laki, IUD, MOW, implan, suntik dan pil metode perempuan; ' +
      'metode pasangan dicatat pada satu pihak saja; pasangan yang ber-KB ' +
      'tidak mencatat alasan tidak ber-KB dan tidak hamil; alasan istri ' +
      "yang hamil, bila ada, adalah 'hamil'.",
    en:
      "haid, hamil and alasanTidakKb are for women only; MOP is a man's " +
      "method, IUD, MOW, implant, injection and pill a woman's; a " +
      "couple's method is on one partner only; a couple using a method " +
      'records no reason for not using one and is not pregnant; a ' +
      "pregnant wife's reason, when given, is 'hamil'.",
  },
  {
    id:
      'Tanggal lahir dan awal kontrasepsi tidak setelah hari yang dinilai ' +
      '(diberikan terpisah), dan kontrasepsi tidak sebelum lahir.',
    en:
      'Birth dates and the start of contraception are not after the day ' +
      'judged (given apart), and contraception is not before birth.',
  },
];

/** Family ids are compared across the families of one desa. */
export const KELUARGA_SATU_DESA: Label = {
  id:
    'Id keluarga unik dalam desanya, dan semua keluarga satu daftar ' +
    'berada di desa yang sama.',
  en:
    'A family id is unique in its desa, and all families of one list ' +
    'are of the same desa.',
};

const ANGGOTA: Readonly<Record<string, FieldMetadata>> = {
  id: field(
    'Id anggota, unik dalam keluarganya.',
    'The member id, unique in the family.',
    PENDATAAN,
  ),
  nik: field(
    'NIK anggota, untuk keperluan kader; tidak dibaca aturan.',
    "The member's NIK, for the kader's own use; no rule reads it.",
    PENDATAAN,
  ),
  nama: field(
    'Nama anggota, untuk keperluan kader; tidak dibaca aturan.',
    "The member's name, for the kader's own use; no rule reads it.",
    PENDATAAN,
  ),
  jenisKelamin: field('Jenis kelamin.', 'Sex.', PENDATAAN),
  tanggalLahir: field('Tanggal lahir.', 'Birth date.', PENDATAAN, SASARAN),
  statusKawin: field('Status kawin.', 'Marital status.', PERKAWINAN),
  hubungan: field(
    'Tempat dalam keluarga.',
    'Place in the family.',
    PENDATAAN,
    UU_52_2009,
  ),
  haid: field(
    'Apakah perempuan ini masih haid; kosong bila tidak diketahui.',
    'Whether this woman menstruates; absent when not known.',
    PUS,
  ),
  hamil: field(
    'Apakah perempuan ini hamil; kosong bila tidak diketahui.',
    'Whether this woman is pregnant; absent when not known.',
    KB,
  ),
  kontrasepsi: field(
    'Kontrasepsi yang dipakai sekarang, pada catatan pemakainya.',
    'The contraception used now, on the record of its user.',
    KB,
  ),
  alasanTidakKb: field(
    'Mengapa pasangan ini tidak ber-KB.',
    'Why the couple uses no contraception.',
    UNMET_NEED,
  ),
  rencanaMenikah: field(
    'Hari pernikahan yang direncanakan, bagi calon pengantin.',
    'The planned wedding day, for a bride or groom.',
    decree('Lampiran BAB II huruf C angka 1'),
  ),
};

const kejadian = (id: string, en: string, sumber: Citation) => ({
  [id]: field(`Setiap ${id} yang tercatat.`, `Each ${en} recorded.`, sumber),
  [`${id}[].tanggal`]: field(`Hari ${id}.`, `The day of the ${en}.`, sumber),
  [`${id}[].keluarga`]: field(
    'Id keluarga tempat peristiwa itu terjadi.',
    'The id of the family it happened in.',
    sumber,
  ),
});

/** Families, their members and the events of a desa. */
export const KELUARGA_METADATA: MetadataTable = {
  StatusKawinSchema: {
    title: { id: 'Status kawin', en: 'Marital status' },
    description: {
      id:
        'Status kawin dalam data keluarga: belum kawin, kawin, cerai ' +
        'hidup, cerai mati.',
      en:
        'Marital status in family data: never married, married, ' +
        'divorced, widowed.',
    },
    citations: [PERKAWINAN, PENDATAAN],
  },
  HubunganKeluargaSchema: {
    title: { id: 'Hubungan dalam keluarga', en: 'Place in the family' },
    description: {
      id:
        'Tempat anggota dalam keluarga: kepala keluarga, istri atau suami ' +
        'kepala keluarga, anak, atau lainnya. Pasangan dibaca dari tempat ini.',
      en:
        "A member's place in the family: the head, the head's wife or " +
        'husband, a child, or anyone else. Couples are read from it.',
    },
    citations: [PENDATAAN, UU_52_2009],
  },
  MetodeKontrasepsiSchema: {
    title: { id: 'Metode kontrasepsi', en: 'Contraceptive method' },
    description: {
      id:
        'Tujuh metode kontrasepsi yang menjadi rincian PPM, PA dan PB. ' +
        'Daftar operasional dari praktik PPM; keputusan tidak menyebutnya.',
      en:
        'The seven contraceptive methods that PPM, PA and PB are broken ' +
        'down by. An operational list from PPM practice; the decree names ' +
        'none.',
    },
    citations: [KB],
  },
  AlasanTidakKbSchema: {
    title: { id: 'Alasan tidak ber-KB', en: 'Reason for no contraception' },
    description: {
      id:
        'Mengapa PUS tidak ber-KB: hamil, ingin anak segera, ingin anak ' +
        'ditunda (IAT), atau tidak ingin anak lagi (TIAL). Daftar ' +
        'operasional dari praktik pendataan keluarga.',
      en:
        'Why a PUS uses no contraception: pregnant, wanting a child soon, ' +
        'wanting to wait (IAT), or wanting no more children (TIAL). An ' +
        'operational list from family data practice.',
    },
    citations: [UNMET_NEED],
  },
  KontrasepsiSchema: {
    title: { id: 'Kontrasepsi', en: 'Contraception' },
    description: {
      id:
        'Kontrasepsi yang dipakai sekarang: metodenya, dan hari pertama ' +
        'pemakaian tanpa putus saat ini. Ganti metode tanpa putus tidak ' +
        'mengubah hari itu; mulai lagi setelah putus mengubahnya.',
      en:
        'The contraception used now: its method, and the first day of the ' +
        'current unbroken use. A change of method without a break keeps ' +
        'that day; a new start after a break sets a new one.',
    },
    citations: [KB],
    fields: {
      metode: field('Metode yang dipakai.', 'The method used.', KB),
      sejak: field(
        'Hari pertama pemakaian tanpa putus saat ini.',
        'The first day of the current unbroken use.',
        KB,
      ),
    },
  },
  AnggotaKeluargaSchema: {
    title: { id: 'Anggota keluarga', en: 'Family member' },
    description: {
      id: 'Satu anggota keluarga sebagaimana dicatat kader.',
      en: 'One member of a family, as a kader records them.',
    },
    citations: [PENDATAAN, SASARAN],
    fields: ANGGOTA,
  },
  KeluargaSchema: {
    title: { id: 'Keluarga', en: 'Family' },
    description: {
      id:
        'Keluarga sebagaimana dicatat kader: id-nya, kode desanya, apakah ' +
        'keluarga rentan, dan anggotanya.',
      en:
        'A family as a kader records it: its id, the code of its desa, ' +
        'whether it is a vulnerable family, and its members.',
    },
    citations: [SASARAN, PENDATAAN, UU_52_2009],
    unchecked: [...ATURAN_KELUARGA, KELUARGA_SATU_DESA],
    fields: {
      id: field(
        'Id keluarga, unik dalam desanya.',
        'The family id, unique in its desa.',
        PENDATAAN,
      ),
      kodeDesa: field(
        'Kode desa/kelurahan keluarga.',
        'The code of the desa or kelurahan of the family.',
        PENDATAAN,
      ),
      rentan: field(
        'Apakah keluarga rentan.',
        'Whether the family is vulnerable.',
        decree('Lampiran BAB II huruf C angka 4'),
      ),
      anggota: field(
        'Anggota keluarga, paling sedikit satu.',
        'The members, at least one.',
        PENDATAAN,
      ),
    },
  },
  PeristiwaSchema: {
    title: { id: 'Peristiwa desa', en: 'Events of a desa' },
    description: {
      id:
        'Kelahiran dan perkawinan yang dicatat desa, dan hari sejak ' +
        'catatannya lengkap. Daftar kosong berarti tidak ada peristiwa.',
      en:
        'The births and marriages a desa recorded, and the first day from ' +
        'which its record is complete. An empty list means none happened.',
    },
    citations: [KELAHIRAN, PERKAWINAN],
    unchecked: [
      {
        id:
          'dicatatSejak tidak setelah hari yang dinilai; tidak ada ' +
          'peristiwa sebelum dicatatSejak; id keluarga tiap peristiwa ada ' +
          'di antara keluarga desa itu.',
        en:
          'dicatatSejak is not after the day judged; no event comes before ' +
          "dicatatSejak; each event's family id is among the desa's " +
          'families.',
      },
    ],
    fields: {
      dicatatSejak: field(
        'Hari pertama sejak semua peristiwa tercatat.',
        'The first day from which every event is recorded.',
        KELAHIRAN,
        PERKAWINAN,
      ),
      ...kejadian('kelahiran', 'live birth', KELAHIRAN),
      ...kejadian('perkawinan', 'marriage', PERKAWINAN),
    },
  },
};
