import type * as z from 'zod';

/** A node of a JSON Schema document. */
export type JsonNode = { [key: string]: unknown };

/**
 * How a child schema sits in its parent's JSON Schema: under a property,
 * as the items of a list, as one branch of a union, or in the same node
 * (a wrapper such as optional or default).
 */
type Step =
  | { readonly key: string }
  | { readonly items: true }
  | { readonly branch: number }
  | null;

type Child = readonly [Step, z.core.$ZodType];

/** The schemas inside a schema, each with where its JSON Schema sits. */
export function childrenOf(schema: z.core.$ZodType): readonly Child[] {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape).map(([key, s]) => [{ key }, s]);
    case 'array':
      return [[{ items: true }, def.element]];
    case 'union':
      return def.options.map((s, branch) => [{ branch }, s]);
    case 'nullable':
      return [[{ branch: 0 }, def.innerType]];
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return [[null, def.innerType]];
    case 'pipe':
      // Schemas are exported for their input: what a record may hold.
      return [[null, def.in]];
    default:
      return [];
  }
}

/** The JSON Schema node of a child, or `undefined` when there is none. */
export function nodeOf(node: JsonNode, step: Step): JsonNode | undefined {
  if (step === null) return node;
  if ('key' in step) return property(node, step.key);
  if ('items' in step) return items(node);
  // A union of bare types may be folded into one node with a list of
  // types; its branches then share that node.
  const branches = node.anyOf ?? node.oneOf;
  return Array.isArray(branches) ? asNode(branches[step.branch]) : node;
}

/**
 * The node at a field path (`rw[].rt[].nomor`, `[].jenis`) from a node,
 * or `undefined` when the path leads nowhere.
 */
export function nodeAtPath(root: JsonNode, path: string): JsonNode | undefined {
  let node: JsonNode | undefined = root;
  for (const segment of path.split('.')) {
    const [, key = '', lists = ''] =
      /^([^.[\]]*)((?:\[\])*)$/.exec(segment) ?? [];
    if (key !== '') node = node && property(node, key);
    for (let i = 0; i < lists.length / 2; i++) node = node && items(node);
    if (key === '' && lists === '') node = undefined;
  }
  return node;
}

/** Every property node below a node, with its path, depth first. */
export function propertiesOf(
  node: JsonNode,
  path = '',
): readonly (readonly [string, JsonNode])[] {
  const found: (readonly [string, JsonNode])[] = [];
  const props = asNode(node.properties) ?? {};
  for (const [key, value] of Object.entries(props)) {
    const child = asNode(value);
    if (!child) continue;
    const childPath = path === '' ? key : `${path}.${key}`;
    found.push([childPath, child], ...propertiesOf(child, childPath));
  }
  const list = items(node);
  if (list) found.push(...propertiesOf(list, `${path}[]`));
  for (const branch of branchesOf(node)) {
    found.push(...propertiesOf(branch, path));
  }
  return found;
}

function property(node: JsonNode, key: string): JsonNode | undefined {
  const direct = asNode(asNode(node.properties)?.[key]);
  if (direct) return direct;
  return branchesOf(node)
    .map((branch) => property(branch, key))
    .find((found) => found !== undefined);
}

function items(node: JsonNode): JsonNode | undefined {
  const direct = asNode(node.items);
  if (direct) return direct;
  return branchesOf(node)
    .map(items)
    .find((found) => found !== undefined);
}

function branchesOf(node: JsonNode): readonly JsonNode[] {
  const branches = node.anyOf ?? node.oneOf;
  if (!Array.isArray(branches)) return [];
  return branches.flatMap((branch): JsonNode[] => {
    const node = asNode(branch);
    return node ? [node] : [];
  });
}

function asNode(value: unknown): JsonNode | undefined {
  const isNode =
    typeof value === 'object' && value !== null && !Array.isArray(value);
  return isNode ? (value as JsonNode) : undefined;
}
