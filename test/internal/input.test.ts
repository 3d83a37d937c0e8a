import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ImpInputError } from '../../src/index.js';
import { parseInput, safely } from '../../src/internal/input.js';
import { issuesOf } from '../support/issues.js';

describe('parseInput', () => {
  it('names a problem it has no code for as invalid_input', () => {
    const schemas = { surel: z.email(), jumlah: z.number().multipleOf(2) };
    const values = { surel: 'bukan-surel', jumlah: 3 };
    expect(issuesOf(() => parseInput(schemas, values))).toEqual([
      { code: 'invalid_input', path: ['surel'] },
      { code: 'invalid_input', path: ['jumlah'] },
    ]);
  });

  it('puts the index of an array element in the path', () => {
    const schemas = { daftar: z.array(z.string()) };
    expect(issuesOf(() => parseInput(schemas, { daftar: ['a', 1] }))).toEqual([
      { code: 'invalid_type', path: ['daftar', 1] },
    ]);
  });

  it('returns the parsed arguments when all are valid', () => {
    const schemas = { a: z.string(), b: z.number() };
    expect(parseInput(schemas, { a: 'x', b: 1 })).toEqual({ a: 'x', b: 1 });
  });
});

describe('safely', () => {
  it('passes on an error that is not an input error', () => {
    const broken = safely(() => {
      throw new RangeError('a defect, not bad input');
    });
    expect(() => broken()).toThrow(RangeError);
  });

  it('returns an input error as a value', () => {
    const refusing = safely(() => {
      throw new ImpInputError([
        { code: 'required', path: ['x'], message: { id: 'a', en: 'b' } },
      ]);
    });
    expect(refusing()).toMatchObject({ success: false });
  });
});
