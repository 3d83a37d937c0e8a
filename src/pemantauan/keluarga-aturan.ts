import type { InputIssue } from '../errors.js';
import { issue } from '../internal/input.js';
import type { Label } from '../label.js';
import { birthNotAfter, type Tanggal } from '../tanggal.js';
import type { KeluargaValid } from './keluarga.js';
import type { MetodeKontrasepsi } from './kontrasepsi.js';
import { pasanganOf } from './pasangan-keluarga.js';

type Path = readonly (string | number)[];
type Anggota = KeluargaValid['anggota'][number];
type At = (i: number, ...rest: string[]) => Path;

// MOP is the one method a man's body takes alone; a condom may stand on
// either partner's record, since the couple uses it together.
const METODE_PRIA: ReadonlySet<MetodeKontrasepsi> = new Set(['mop', 'kondom']);
const METODE_WANITA: ReadonlySet<MetodeKontrasepsi> = new Set([
  'iud',
  'mow',
  'implan',
  'suntik',
  'pil',
  'kondom',
]);
const FAKTA_PEREMPUAN = ['haid', 'hamil', 'alasanTidakKb'] as const;

/**
 * Every rule between the fields of a family already of its shape; those
 * that need the day judged only when it is known.
 */
export function keluargaIssues(
  path: Path,
  keluarga: KeluargaValid,
  tanggal: Tanggal | undefined,
): InputIssue[] {
  const at: At = (i, ...rest) => [...path, 'anggota', i, ...rest];
  const { anggota } = keluarga;
  const tempat = tempatIssues(anggota, at, path);
  return [
    ...repeatedIds(
      anggota.map((a) => a.id),
      (i) => at(i, 'id'),
    ),
    ...anggota.flatMap((a, i) => anggotaIssues(a, tanggal, at, i)),
    ...tempat,
    // Couples are only read from places that make sense.
    ...(tempat.length === 0 ? pasanganIssues(keluarga, at) : []),
  ];
}

/** A `duplicate_value` issue for each id already seen earlier. */
function repeatedIds(
  ids: readonly string[],
  pathOf: (i: number) => Path,
): InputIssue[] {
  const seen = new Set<string>();
  return ids.flatMap((id, i) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [issue('duplicate_value', pathOf(i), M.idGanda)];
  });
}

function anggotaIssues(
  a: Anggota,
  tanggal: Tanggal | undefined,
  at: At,
  i: number,
): InputIssue[] {
  const issues = birthNotAfter(at(i, 'tanggalLahir'), a.tanggalLahir, tanggal);
  if (a.jenisKelamin === 'laki-laki') {
    for (const fakta of FAKTA_PEREMPUAN) {
      if (a[fakta] !== undefined) {
        issues.push(issue('invalid_input', at(i, fakta), M.faktaPerempuan));
      }
    }
  }
  if (a.hamil === true && (a.alasanTidakKb ?? 'hamil') !== 'hamil') {
    issues.push(issue('invalid_value', at(i, 'alasanTidakKb'), M.hamil));
  }
  const k = a.kontrasepsi;
  if (k === undefined) return issues;
  if (
    (tanggal !== undefined && k.sejak > tanggal) ||
    k.sejak < a.tanggalLahir
  ) {
    issues.push(issue('out_of_range', at(i, 'kontrasepsi', 'sejak'), M.sejak));
  }
  const boleh = a.jenisKelamin === 'laki-laki' ? METODE_PRIA : METODE_WANITA;
  if (!boleh.has(k.metode)) {
    issues.push(
      issue('invalid_value', at(i, 'kontrasepsi', 'metode'), M.metode),
    );
  }
  return issues;
}

function tempatIssues(
  anggota: readonly Anggota[],
  at: At,
  path: Path,
): InputIssue[] {
  const kepala = indexesOf(anggota, 'kepala-keluarga');
  const suami = indexesOf(anggota, 'suami');
  const head = kepala.length === 1 ? anggota[kepala[0] as number] : undefined;
  const issues = [
    ...(kepala.length === 0
      ? [issue('required', [...path, 'anggota'], M.tanpaKepala)]
      : []),
    ...kepala.slice(1).map((i) => ganda(at(i, 'hubungan'), M.kepalaGanda)),
    ...suami.slice(1).map((i) => ganda(at(i, 'hubungan'), M.suamiGanda)),
    ...anggota.flatMap((a, i) => tempatAnggota(a, head, at, i)),
  ];

  const berpasangan = suami.length + indexesOf(anggota, 'istri').length > 0;
  if (head && berpasangan && head.statusKawin !== 'kawin') {
    const i = kepala[0] as number;
    issues.push(issue('invalid_value', at(i, 'statusKawin'), M.kepalaKawin));
  }
  return issues;
}

function tempatAnggota(
  a: Anggota,
  kepala: Anggota | undefined,
  at: At,
  i: number,
): InputIssue[] {
  const kawin = a.statusKawin === 'kawin';
  if (a.hubungan === 'anak' || a.hubungan === 'lainnya') {
    return kawin ? [tidakSah(at(i, 'statusKawin'), M.kawinLain)] : [];
  }
  if (a.hubungan === 'kepala-keluarga') return [];

  // A spouse's sex must be the one its place names, and the head's the
  // other one.
  const jenis = a.hubungan === 'istri' ? 'perempuan' : 'laki-laki';
  const cocok = a.jenisKelamin === jenis && kepala?.jenisKelamin !== jenis;
  return [
    ...(cocok ? [] : [tidakSah(at(i, 'hubungan'), M.tempat)]),
    ...(kawin ? [] : [tidakSah(at(i, 'statusKawin'), M.pasanganKawin)]),
  ];
}

function pasanganIssues(keluarga: KeluargaValid, at: At): InputIssue[] {
  const index = (a: Anggota) => keluarga.anggota.indexOf(a);
  return pasanganOf(keluarga).flatMap(({ istri, suami }) => {
    const issues: InputIssue[] = [];
    if (suami?.kontrasepsi && istri?.kontrasepsi) {
      const path = at(index(suami), 'kontrasepsi');
      issues.push(issue('invalid_input', path, M.metodeGanda));
    }
    if (istri && (istri.kontrasepsi ?? suami?.kontrasepsi)) {
      issues.push(...istriDenganMetode(istri, index(istri), at));
    }
    return issues;
  });
}

function istriDenganMetode(istri: Anggota, i: number, at: At): InputIssue[] {
  return [
    ...(istri.alasanTidakKb === undefined
      ? []
      : [issue('invalid_input', at(i, 'alasanTidakKb'), M.alasanDenganMetode)]),
    ...(istri.hamil === true
      ? [issue('invalid_input', at(i, 'hamil'), M.hamilDenganMetode)]
      : []),
  ];
}

function ganda(path: Path, message: Label): InputIssue {
  return issue('duplicate_value', path, message);
}

function tidakSah(path: Path, message: Label): InputIssue {
  return issue('invalid_value', path, message);
}

function indexesOf(anggota: readonly Anggota[], hubungan: string): number[] {
  return anggota.flatMap((a, i) => (a.hubungan === hubungan ? [i] : []));
}

const M = {
  idGanda: {
    id: 'Id ini sudah dipakai di tempat yang sama.',
    en: 'This id is already used at the same place.',
  },
  faktaPerempuan: {
    id: 'Keterangan ini hanya dicatat untuk perempuan.',
    en: 'This fact is recorded for a woman only.',
  },
  hamil: {
    id: 'Istri yang hamil tercatat dengan alasan tidak ber-KB lain.',
    en: 'A pregnant wife is recorded with another reason for no method.',
  },
  sejak: {
    id: 'Awal pemakaian kontrasepsi di luar masa hidup hingga hari dinilai.',
    en: 'Contraception starts outside the life up to the day judged.',
  },
  metode: {
    id: 'Metode ini tidak dipakai oleh anggota dengan jenis kelamin ini.',
    en: 'This method is not one a member of this sex uses.',
  },
  tanpaKepala: {
    id: 'Keluarga perlu satu kepala keluarga.',
    en: 'A family needs one kepala keluarga.',
  },
  kepalaGanda: {
    id: 'Keluarga hanya punya satu kepala keluarga.',
    en: 'A family has only one kepala keluarga.',
  },
  suamiGanda: {
    id: 'Kepala keluarga perempuan hanya punya satu suami.',
    en: 'A woman heading a family has one husband only.',
  },
  tempat: {
    id:
      'Istri adalah perempuan dengan kepala keluarga laki-laki; suami ' +
      'adalah laki-laki dengan kepala keluarga perempuan.',
    en:
      'An istri is a woman with a male head; a suami is a man with a ' +
      'female head.',
  },
  pasanganKawin: {
    id: 'Istri atau suami kepala keluarga berstatus kawin.',
    en: "The head's wife or husband has the status married.",
  },
  kepalaKawin: {
    id: 'Kepala keluarga yang punya istri atau suami berstatus kawin.',
    en: 'A head with a wife or husband has the status married.',
  },
  kawinLain: {
    id:
      'Anggota kawin di luar pasangan kepala keluarga dicatat sebagai ' +
      'keluarga tersendiri.',
    en:
      "A married member outside the head's couple is recorded as a " +
      'family of its own.',
  },
  metodeGanda: {
    id: 'Kontrasepsi pasangan dicatat pada satu anggota saja.',
    en: "A couple's contraception is recorded on one partner only.",
  },
  alasanDenganMetode: {
    id: 'Pasangan yang memakai kontrasepsi tidak punya alasan tidak ber-KB.',
    en: 'A couple using contraception has no reason for not using it.',
  },
  hamilDenganMetode: {
    id: 'Kehamilan mengakhiri pemakaian: akhiri catatan kontrasepsinya.',
    en: 'A pregnancy ends the use: end the record of the method.',
  },
} as const satisfies Record<string, Label>;
