import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  childrenOf,
  type JsonNode,
  nodeAtPath,
  nodeOf,
  propertiesOf,
} from '../../src/json-schema/walk.js';

const LEAF = { type: 'string' };
const TREE: JsonNode = {
  type: 'object',
  properties: {
    a: { type: 'array', items: { type: 'array', items: LEAF } },
    b: { anyOf: [{ properties: { c: LEAF } }, true, { type: 'null' }] },
    d: true,
  },
};

describe('nodeAtPath', () => {
  it('returns the node at keys, items of lists and branches of unions', () => {
    expect(nodeAtPath(TREE, 'a[][]')).toBe(LEAF);
    expect(nodeAtPath(TREE, 'b.c')).toBe(LEAF);
    expect(nodeAtPath({ items: { properties: { x: LEAF } } }, '[].x')).toBe(
      LEAF,
    );
  });

  it('returns undefined for a path that leads nowhere or is malformed', () => {
    for (const path of ['x', 'x.y', 'a[][][]', 'a[]b', '', 'a..b', 'd']) {
      expect(nodeAtPath(TREE, path)).toBeUndefined();
    }
  });
});

describe('propertiesOf', () => {
  it('returns every object property below a node, with its path', () => {
    expect(propertiesOf(TREE).map(([path]) => path)).toEqual(['a', 'b', 'b.c']);
  });
});

describe('nodeOf', () => {
  it('returns the same node for a union folded into a list of types', () => {
    const folded = { type: ['string', 'null'] };
    expect(nodeOf(folded, { branch: 1 })).toBe(folded);
    expect(nodeOf(folded, null)).toBe(folded);
  });
});

describe('childrenOf', () => {
  it('returns the inner schema of each wrapper, and nothing of a leaf', () => {
    const inner = z.string();
    for (const wrapper of [
      inner.optional(),
      inner.default('x'),
      inner.prefault('x'),
      inner.readonly(),
      inner.catch('x'),
      inner.optional().nonoptional(),
    ]) {
      const [[step, child] = []] = childrenOf(wrapper);
      expect(step).toBeNull();
      expect(child === inner || childrenOf(child as z.ZodType)[0]?.[1]).toBe(
        child === inner ? true : inner,
      );
    }
    expect(childrenOf(inner)).toEqual([]);
  });
});
