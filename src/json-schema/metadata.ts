import { type Citation, cite, KEPUTUSAN_84_2024 } from '../citation.js';
import type { Label } from '../label.js';

/** What a JSON Schema says of one field of a schema. */
export type FieldMetadata = {
  /** What the field holds, in both languages. */
  readonly description: Label;
  /** The clauses the field comes from. */
  readonly citations: readonly Citation[];
};

/**
 * What a JSON Schema says of one exported schema: its title and meaning,
 * its clauses, what JSON Schema cannot check, and its fields.
 */
export type SchemaMetadata = {
  readonly title: Label;
  readonly description: Label;
  readonly citations: readonly Citation[];
  /**
   * Rules the library checks that JSON Schema cannot say, such as rules
   * across fields, so that other languages know what else to check.
   */
  readonly unchecked?: readonly Label[];
  /**
   * Fields by path from the schema: keys joined by dots, `[]` after a key
   * for each item of its list (`rw[].rt[].nomor`; `[].jenis` when the
   * schema itself is a list).
   */
  readonly fields?: Readonly<Record<string, FieldMetadata>>;
};

/** Metadata by the exported name of the schema, e.g. `PasanganSchema`. */
export type MetadataTable = Readonly<Record<string, SchemaMetadata>>;

/** A clause of Keputusan 84/KEP/G3/2024. */
export function decree(ref: string): Citation {
  return cite(KEPUTUSAN_84_2024, ref);
}

/** The metadata of one field. */
export function field(
  id: string,
  en: string,
  ...citations: readonly Citation[]
): FieldMetadata {
  return { description: { id, en }, citations };
}

/** The same fields, under a path that leads to them. */
export function under(
  prefix: string,
  fields: Readonly<Record<string, FieldMetadata>>,
): Record<string, FieldMetadata> {
  return Object.fromEntries(
    Object.entries(fields).map(([path, meta]) => [`${prefix}.${path}`, meta]),
  );
}

/** A name must hold more than spaces: it is trimmed before it is read. */
export const NAMA_TIDAK_KOSONG: Label = {
  id:
    'Teks nama dipangkas dari spasi di awal dan akhir, lalu harus berisi ' +
    'paling sedikit satu karakter.',
  en:
    'Name texts are trimmed of leading and trailing spaces and must then ' +
    'hold at least one character.',
};
