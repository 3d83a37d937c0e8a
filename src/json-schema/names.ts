import type * as z from 'zod';

/** One exported schema, by its name and the name of its file. */
export type SchemaEntry = {
  /** The exported name, e.g. `CatatanImpSchema`. */
  readonly name: string;
  /** The name without `Schema`, in kebab case, e.g. `catatan-imp`. */
  readonly slug: string;
  readonly schema: z.ZodType;
};

const SUFFIX = 'Schema';

/**
 * Every value of a module namespace whose name ends in `Schema`, sorted by
 * name, so that a schema added to the library is picked up by itself.
 */
export function schemaEntries(
  namespace: Readonly<Record<string, unknown>>,
): readonly SchemaEntry[] {
  return Object.keys(namespace)
    .filter((name) => name.endsWith(SUFFIX) && name !== SUFFIX)
    .sort()
    .map((name) => ({
      name,
      slug: slugOf(name),
      schema: namespace[name] as z.ZodType,
    }));
}

/** `CatatanImpSchema` → `catatan-imp`; `KodeKabupatenKotaSchema` likewise. */
export function slugOf(name: string): string {
  return name
    .slice(0, name.endsWith(SUFFIX) ? -SUFFIX.length : undefined)
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/**
 * Finds a schema by any usual spelling of its name: `CatatanImpSchema`,
 * `CatatanImp`, `catatan-imp` or `catatanimp`.
 */
export function findSchema(
  entries: readonly SchemaEntry[],
  query: string,
): SchemaEntry | undefined {
  const key = comparable(query);
  return entries.find((entry) => comparable(entry.name) === key);
}

function comparable(name: string): string {
  const bare = name.replace(/[-_\s]/g, '').toLowerCase();
  return bare.endsWith('schema') ? bare.slice(0, -'schema'.length) : bare;
}
