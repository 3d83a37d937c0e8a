import * as z from 'zod';
import type { Citation } from '../citation.js';
import * as library from '../index.js';
import type { Label } from '../label.js';
import { METADATA } from './metadata/index.js';
import type {
  FieldMetadata,
  MetadataTable,
  SchemaMetadata,
} from './metadata.js';
import { type SchemaEntry, schemaEntries } from './names.js';
import {
  childrenOf,
  type JsonNode,
  nodeAtPath,
  nodeOf,
  propertiesOf,
} from './walk.js';

/** One generated JSON Schema document and the file it is written to. */
export type JsonSchemaFile = {
  /** The exported name of the schema, e.g. `PasanganSchema`. */
  readonly name: string;
  /** The file name, e.g. `pasangan.json`. */
  readonly file: string;
  readonly schema: JsonNode;
};

type Lookup = ReadonlyMap<z.core.$ZodType, SchemaMetadata>;

/**
 * Builds a JSON Schema (draft 2020-12) of every exported schema of a
 * module namespace: what a record may hold as input, with titles,
 * descriptions and clauses in both languages, and the rules JSON Schema
 * cannot say.
 *
 * @remarks
 * The metadata lives in a registry made for this call, never in zod's
 * global registry, so an app that also uses zod is not touched. A schema
 * without metadata still gets its file, bare: {@link metadataProblems}
 * names what is missing, and a test fails on it, so that a new schema
 * never stops the build of everyone else.
 */
export function buildJsonSchemas(
  namespace: Readonly<Record<string, unknown>> = library,
  table: MetadataTable = METADATA,
): readonly JsonSchemaFile[] {
  return generate(namespace, table).files;
}

/**
 * Everything the metadata lacks or gets wrong: schemas without a title
 * or description in both languages, fields without a description or a
 * clause, paths that name no field, names that are no exported schema.
 */
export function metadataProblems(
  namespace: Readonly<Record<string, unknown>> = library,
  table: MetadataTable = METADATA,
): readonly string[] {
  const { files, problems } = generate(namespace, table);
  const exported = new Set(files.map((f) => f.name));
  return [
    ...problems,
    ...Object.keys(table)
      .filter((name) => !exported.has(name))
      .map((name) => `${name}: not an exported schema`),
    ...files.flatMap(({ name, schema }) =>
      propertiesOf(schema)
        .filter(([, node]) => !node.description || !node['x-citations'])
        .map(([path]) => `${name}: field '${path}' has no description`),
    ),
  ];
}

function generate(
  namespace: Readonly<Record<string, unknown>>,
  table: MetadataTable,
): { files: readonly JsonSchemaFile[]; problems: readonly string[] } {
  const entries = schemaEntries(namespace);
  const problems: string[] = missingMetadata(entries, table).map(
    (name) => `${name}: no title and description in both languages`,
  );
  const lookup: Lookup = new Map(
    entries.flatMap(({ name, schema }) => {
      const meta = table[name];
      return meta ? [[schema, meta] as const] : [];
    }),
  );
  const registry = z.registry<JsonNode>();
  for (const [schema, meta] of lookup) {
    registry.add(schema, schemaJson(meta, uncheckedOf(schema, lookup)));
  }

  const files = entries.map(({ name, slug, schema }) => {
    const json = convert(schema, registry);
    const unknown = withFields(schema, json, lookup);
    problems.push(...unknown.map((path) => `${name}: no field '${path}'`));
    return { name, file: `${slug}.json`, schema: json };
  });
  return { files, problems };
}

function missingMetadata(
  entries: readonly SchemaEntry[],
  table: MetadataTable,
): readonly string[] {
  return entries
    .filter(({ name }) => {
      const meta = table[name];
      return !meta || !complete(meta.title) || !complete(meta.description);
    })
    .map(({ name }) => name);
}

function complete(label: Label | undefined): boolean {
  return Boolean(label?.id.trim() && label.en.trim());
}

function convert(
  schema: z.ZodType,
  registry: z.core.$ZodRegistry<JsonNode>,
): JsonNode {
  const json = z.toJSONSchema(schema, {
    metadata: registry,
    io: 'input',
    target: 'draft-2020-12',
  });
  // zod shares the node of a schema used twice: copy before decorating.
  return JSON.parse(JSON.stringify(json)) as JsonNode;
}

/** The rules no JSON Schema can check, of a schema and all it holds. */
function uncheckedOf(
  schema: z.core.$ZodType,
  lookup: Lookup,
  seen = new Set<z.core.$ZodType>(),
): readonly Label[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const own = lookup.get(schema)?.unchecked ?? [];
  const inner = childrenOf(schema).flatMap(([, child]) =>
    uncheckedOf(child, lookup, seen),
  );
  const all = [...own, ...inner];
  return all.filter((u, i) => all.findIndex((v) => v.id === u.id) === i);
}

/**
 * Writes the fields' metadata into the JSON Schema of `schema`, inner
 * schemas first, so that a field's own words win over those of the
 * schema it reuses. Returns the paths that name no field.
 */
function withFields(
  schema: z.core.$ZodType,
  node: JsonNode,
  lookup: Lookup,
): readonly string[] {
  const unknown = childrenOf(schema).flatMap(([step, child]) => {
    const childNode = nodeOf(node, step);
    return childNode ? withFields(child, childNode, lookup) : [];
  });
  const fields = lookup.get(schema)?.fields ?? {};
  for (const [path, meta] of Object.entries(fields)) {
    const target = nodeAtPath(node, path);
    if (target) Object.assign(target, fieldJson(meta));
    else unknown.push(path);
  }
  return unknown;
}

function schemaJson(meta: SchemaMetadata, unchecked: readonly Label[]) {
  return {
    title: `${meta.title.id} / ${meta.title.en}`,
    description: prose(meta.description, meta.citations, unchecked),
    'x-title': meta.title,
    'x-description': meta.description,
    'x-citations': meta.citations,
    ...(unchecked.length > 0 ? { 'x-unchecked': unchecked } : {}),
  };
}

function fieldJson(meta: FieldMetadata): JsonNode {
  return {
    description: prose(meta.description, meta.citations, []),
    'x-description': meta.description,
    'x-citations': meta.citations,
  };
}

const WORDS = {
  source: { id: 'Dasar', en: 'Source' },
  unchecked: {
    id: 'Tidak dapat diperiksa oleh JSON Schema ini, periksa sendiri:',
    en: 'Not checked by this JSON Schema; check it yourself:',
  },
} as const;

/** The Indonesian paragraph, a blank line, then the English one. */
function prose(
  description: Label,
  citations: readonly Citation[],
  unchecked: readonly Label[],
): string {
  const paragraph = (lang: keyof Label) =>
    [
      description[lang],
      ...(citations.length > 0
        ? [`${WORDS.source[lang]}: ${sources(citations)}.`]
        : []),
      ...(unchecked.length > 0 ? [WORDS.unchecked[lang]] : []),
      ...unchecked.map((u) => `- ${u[lang]}`),
    ].join('\n');
  return `${paragraph('id')}\n\n${paragraph('en')}`;
}

function sources(citations: readonly Citation[]): string {
  const refs = new Map<string, string[]>();
  for (const { instrument, ref } of citations) {
    refs.set(instrument, [...(refs.get(instrument) ?? []), ref]);
  }
  return [...refs].map(([i, r]) => `${i}, ${r.join('; ')}`).join('. ');
}
