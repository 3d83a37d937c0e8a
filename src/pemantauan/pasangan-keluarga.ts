import type { KeluargaValid } from './keluarga.js';

type Anggota = KeluargaValid['anggota'][number];

/** A couple of a family; a partner not in the record is `null`. */
export type PasanganKeluarga = {
  readonly istri: Anggota | null;
  readonly suami: Anggota | null;
};

/**
 * The couples of a family whose places passed the rules of
 * `keluargaIssues`: the head with each spouse, or a married head alone.
 */
export function pasanganOf(keluarga: KeluargaValid): PasanganKeluarga[] {
  // Those rules leave exactly one head.
  const kepala = keluarga.anggota.find(
    (a) => a.hubungan === 'kepala-keluarga',
  ) as Anggota;
  const pasangan = keluarga.anggota.filter(
    (a) => a.hubungan === 'istri' || a.hubungan === 'suami',
  );
  if (pasangan.length > 0) {
    return pasangan.map((p) =>
      p.hubungan === 'istri'
        ? { istri: p, suami: kepala }
        : { istri: kepala, suami: p },
    );
  }
  if (kepala.statusKawin !== 'kawin') return [];
  return kepala.jenisKelamin === 'perempuan'
    ? [{ istri: kepala, suami: null }]
    : [{ istri: null, suami: kepala }];
}
