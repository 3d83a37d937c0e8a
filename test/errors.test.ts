import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Bahasa, ImpInputError, type InputIssue } from '../src/index.js';
import { issuesOf } from './support/issues.js';

const labelArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }).map((s) => `id:${s}`),
  en: fc.string({ minLength: 1, maxLength: 12 }).map((s) => `en:${s}`),
});

const issueArb: fc.Arbitrary<InputIssue> = fc.record({
  code: fc.constantFrom('required', 'invalid_type', 'out_of_range'),
  path: fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.nat(9)), {
    minLength: 1,
    maxLength: 3,
  }),
  message: labelArb,
});

const issuesArb = fc
  .array(issueArb, { minLength: 1, maxLength: 5 })
  .map((list) => list as [InputIssue, ...InputIssue[]]);

const bahasaArb = fc.constantFrom<Bahasa>('id', 'en');

function linesOf(text: string): string[] {
  return text.split('\n').slice(1);
}

describe('ImpInputError', () => {
  test.prop([issuesArb])('holds its issues, frozen, in order', (issues) => {
    const error = new ImpInputError(issues);
    expect(error.issues).toEqual(issues);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(error.issues.every((issue) => Object.isFrozen(issue))).toBe(true);
    expect(error.name).toBe('ImpInputError');
  });

  test.prop([issuesArb])(
    'returns a message with one line per issue, in both languages',
    (issues) => {
      const lines = linesOf(new ImpInputError(issues).message);
      expect(lines).toHaveLength(issues.length);
      issues.forEach((issue, i) => {
        expect(lines[i]).toContain(issue.message.id);
        expect(lines[i]).toContain(issue.message.en);
      });
    },
  );

  it('keeps an unknown key in the path and out of the message', () => {
    const error = new ImpInputError([
      {
        code: 'unrecognized_key',
        path: ['options', 'nik-3204'],
        message: { id: 'a', en: 'b' },
      },
    ]);
    expect(error.message).not.toContain('nik-3204');
    expect(error.format('en')).not.toContain('nik-3204');
    expect(error.message).toContain('options');
    expect(error.issues[0].path).toEqual(['options', 'nik-3204']);
  });
});

describe('ImpInputError.format', () => {
  test.prop([issuesArb, bahasaArb])(
    'returns one line per issue, in the language asked for alone',
    (issues, bahasa) => {
      const other: Bahasa = bahasa === 'id' ? 'en' : 'id';
      const lines = linesOf(new ImpInputError(issues).format(bahasa));
      expect(lines).toHaveLength(issues.length);
      issues.forEach((issue, i) => {
        expect(lines[i]).toBe(
          `- ${issue.path.join('.')}: ${issue.message[bahasa]}`,
        );
        expect(lines[i]).not.toContain(issue.message[other]);
      });
    },
  );

  test.prop([issuesArb])(
    'returns Indonesian when no language is given',
    (i) => {
      const error = new ImpInputError(i);
      expect(error.format()).toBe(error.format('id'));
    },
  );

  test.prop([issuesArb])(
    'counts the issues in the heading of each language',
    (issues) => {
      const error = new ImpInputError(issues);
      const count = String(issues.length);
      for (const bahasa of ['id', 'en'] as const) {
        const [heading] = error.format(bahasa).split('\n');
        expect(heading).toContain(count);
        expect(error.message.split('\n')[0]).toContain(heading);
      }
    },
  );

  it.each([['fr'], ['ID'], [''], ['toString'], [null]])(
    'throws an invalid_value on bahasa when asked for %j',
    (bahasa) => {
      const error = new ImpInputError([
        { code: 'required', path: ['x'], message: { id: 'a', en: 'b' } },
      ]);
      expect(issuesOf(() => error.format(bahasa as never))).toEqual([
        { code: 'invalid_value', path: ['bahasa'] },
      ]);
    },
  );
});
