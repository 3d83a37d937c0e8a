import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { en as localeEn, id as localeId } from 'zod/locales';
import { ImpInputError } from '../../src/index.js';
import { parseInput, safely } from '../../src/internal/input.js';
import { issuesOf } from '../support/issues.js';
import {
  errorTextsOf,
  RAHASIA,
  rahasiaArb,
  rahasiaTextArb,
} from '../support/rahasia.js';

/** One schema for each kind of problem zod reports on our inputs. */
const SCHEMAS = {
  teks: z.string().min(2).max(5),
  angka: z.number().int().min(0).max(10).multipleOf(2),
  tanggal: z.iso.date(),
  pilihan: z.enum(['a', 'b']),
  tetap: z.literal('a'),
  benar: z.boolean(),
  daftar: z.array(z.string()).max(1),
  objek: z.strictObject({ a: z.string(), b: z.number().optional() }),
  jenis: z.discriminatedUnion('jenis', [
    z.object({ jenis: z.literal('a') }),
    z.object({ jenis: z.literal('b'), n: z.number() }),
  ]),
  salahSatu: z.union([z.string(), z.number()]),
  surel: z.email(),
  pola: z.string().regex(/^\d{16}$/),
  awalan: z.string().startsWith('32'),
  diperiksa: z.string().refine(() => false),
  besar: z.bigint().min(1n),
};

const SCHEMA_NAMES = Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[];

/** The issues of the input error `fn` throws; none when it returns. */
function thrownIssues(fn: () => unknown) {
  try {
    fn();
    return [];
  } catch (error) {
    if (error instanceof ImpInputError) return error.issues;
    throw error;
  }
}

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

  it('gives each kind of problem its stable code', () => {
    const values = {
      teks: 'x',
      angka: 11,
      tanggal: '2023-02-29',
      pilihan: 'c',
      tetap: 'b',
      benar: 'ya',
      daftar: ['a', 'b'],
      objek: { a: 'x', c: 1, d: 2 },
      jenis: { jenis: 'c' },
      salahSatu: true,
      surel: 'bukan-surel',
      pola: '123',
      awalan: '11',
      diperiksa: 'x',
      besar: 0n,
    };
    expect(issuesOf(() => parseInput(SCHEMAS, values))).toEqual([
      { code: 'out_of_range', path: ['teks'] },
      { code: 'out_of_range', path: ['angka'] },
      { code: 'invalid_input', path: ['angka'] },
      { code: 'invalid_date', path: ['tanggal'] },
      { code: 'invalid_value', path: ['pilihan'] },
      { code: 'invalid_value', path: ['tetap'] },
      { code: 'invalid_type', path: ['benar'] },
      { code: 'out_of_range', path: ['daftar'] },
      { code: 'unrecognized_key', path: ['objek', 'c'] },
      { code: 'unrecognized_key', path: ['objek', 'd'] },
      { code: 'invalid_input', path: ['jenis', 'jenis'] },
      { code: 'invalid_input', path: ['salahSatu'] },
      { code: 'invalid_input', path: ['surel'] },
      { code: 'invalid_input', path: ['pola'] },
      { code: 'invalid_input', path: ['awalan'] },
      { code: 'invalid_input', path: ['diperiksa'] },
      { code: 'out_of_range', path: ['besar'] },
    ]);
  });

  it('reports an absent value as required, wherever it is', () => {
    const schemas = { objek: SCHEMAS.objek, tanggal: SCHEMAS.tanggal };
    expect(
      issuesOf(() => parseInput(schemas, { objek: {}, tanggal: undefined })),
    ).toEqual([
      { code: 'required', path: ['objek', 'a'] },
      { code: 'required', path: ['tanggal'] },
    ]);
  });

  it("takes a wrong type's text from zod's two locales", () => {
    const [problem] = thrownIssues(() =>
      parseInput({ angka: z.number() }, { angka: 'x' }),
    );
    const zodIssue = { code: 'invalid_type', expected: 'number', input: 'x' };
    expect(problem?.message).toEqual({
      id: localeId().localeError(zodIssue as never),
      en: localeEn().localeError(zodIssue as never),
    });
  });

  test.prop([fc.record({ a: fc.anything(), b: fc.anything() })])(
    'gives every problem a message in each language, the two apart',
    (values) => {
      const schemas = { a: SCHEMAS.jenis, b: SCHEMAS.angka };
      const issues = thrownIssues(() => parseInput(schemas, values));
      for (const { message } of issues) {
        expect(message.id).toMatch(/\S/);
        expect(message.en).toMatch(/\S/);
        expect(message.id).not.toBe(message.en);
      }
    },
  );

  test.prop([fc.array(rahasiaArb, { minLength: SCHEMA_NAMES.length })])(
    'never repeats a marker from the input in a message or summary',
    (values) => {
      const input = Object.fromEntries(
        SCHEMA_NAMES.map((name, i) => [name, values[i]]),
      ) as Record<keyof typeof SCHEMAS, unknown>;
      for (const text of errorTextsOf(() => parseInput(SCHEMAS, input))) {
        expect(text).not.toContain(RAHASIA);
      }
    },
  );

  test.prop([rahasiaTextArb])(
    'names an unknown key in its path but in no text',
    (key) => {
      const schemas = { objek: SCHEMAS.objek };
      const objek = { a: 'x', [key]: 1 };
      expect(issuesOf(() => parseInput(schemas, { objek }))).toEqual([
        { code: 'unrecognized_key', path: ['objek', key] },
      ]);
      for (const text of errorTextsOf(() => parseInput(schemas, { objek }))) {
        expect(text).not.toContain(RAHASIA);
      }
    },
  );

  it.each([
    ['a class name', new (class Rahasia {})(), 'Rahasia'],
    [
      'a constructor key',
      Object.assign(Object.create(null), { constructor: { name: RAHASIA } }),
      RAHASIA,
    ],
    ['an infinite number', Number.NEGATIVE_INFINITY, 'Infinity'],
    ['a date', new Date(Date.UTC(2031, 6, 19)), '2031'],
  ])('names only the type of %s, not the value', (_, value, shown) => {
    const schemas = { a: z.string(), b: z.number().int() };
    const texts = errorTextsOf(() =>
      parseInput(schemas, { a: value, b: value }),
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).not.toContain(shown);
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
