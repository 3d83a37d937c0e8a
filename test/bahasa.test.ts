import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type Bahasa,
  BahasaSchema,
  createFormatter,
  formatInputError,
  ImpInputError,
  type InputIssue,
  issueMessage,
  safeAssessPus,
} from '../src/index.js';
import { issuesOf } from './support/issues.js';
import { pasanganMenikah } from './support/pasangan.js';

const DAY = '2025-01-01';

const labelArb = fc.record({
  id: fc.string({ maxLength: 12 }).map((s) => `id:${s}`),
  en: fc.string({ maxLength: 12 }).map((s) => `en:${s}`),
});

const issueArb: fc.Arbitrary<InputIssue> = fc.record({
  code: fc.constantFrom('required', 'invalid_date', 'unrecognized_key'),
  path: fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.nat(9)), {
    minLength: 1,
    maxLength: 3,
  }),
  message: labelArb,
});

const errorArb = fc
  .array(issueArb, { minLength: 1, maxLength: 4 })
  .map((issues) => new ImpInputError(issues as [InputIssue, ...InputIssue[]]));

const bahasaArb = fc.constantFrom<Bahasa>('id', 'en');

/** A real input error of the library: a couple with three problems. */
function realError(): ImpInputError {
  const result = safeAssessPus(
    { menikah: 'ya', istri: { tanggalLahir: '2023-02-29' } } as never,
    '2025-13-01',
    { usia50: 'lain', x: 1 } as never,
  );
  if (result.success) throw new Error('expected the couple to be refused');
  return result.error;
}

describe('BahasaSchema', () => {
  test.prop([fc.string()])('accepts only id and en', (text) => {
    expect(BahasaSchema.safeParse(text).success).toBe(
      text === 'id' || text === 'en',
    );
  });
});

describe('issueMessage', () => {
  test.prop([issueArb, bahasaArb])(
    "returns the issue's message in the language asked for",
    (issue, bahasa) => {
      expect(issueMessage(issue, bahasa)).toBe(issue.message[bahasa]);
    },
  );

  test.prop([issueArb])('returns Indonesian when no language is given', (i) => {
    expect(issueMessage(i)).toBe(i.message.id);
  });

  it('throws with the paths of a bad issue and a bad language', () => {
    expect(
      issuesOf(() => issueMessage({ path: 'x' } as never, 'fr' as never)),
    ).toEqual([
      { code: 'required', path: ['issue', 'code'] },
      { code: 'invalid_type', path: ['issue', 'path'] },
      { code: 'required', path: ['issue', 'message'] },
      { code: 'invalid_value', path: ['bahasa'] },
    ]);
  });
});

describe('formatInputError', () => {
  test.prop([errorArb, bahasaArb])(
    'returns what the error formats for itself',
    (error, bahasa) => {
      expect(formatInputError(error, { bahasa })).toBe(error.format(bahasa));
    },
  );

  test.prop([errorArb, bahasaArb])(
    'returns the same text for an error sent through JSON',
    (error, bahasa) => {
      const sent = JSON.parse(JSON.stringify(error));
      expect(sent).not.toBeInstanceOf(ImpInputError);
      expect(formatInputError(sent, { bahasa })).toBe(error.format(bahasa));
    },
  );

  test.prop([errorArb])('returns Indonesian when no option is given', (e) => {
    expect(formatInputError(e)).toBe(e.format('id'));
    expect(formatInputError(e, {})).toBe(e.format('id'));
  });

  it('shows a real error in one language, with a line per issue', () => {
    const error = realError();
    const codes = error.issues.map((issue) => issue.code);
    expect(codes).toEqual([
      'invalid_type',
      'invalid_date',
      'invalid_date',
      'invalid_value',
      'unrecognized_key',
    ]);
    for (const bahasa of ['id', 'en'] as const) {
      const lines = formatInputError(error, { bahasa }).split('\n').slice(1);
      expect(lines).toEqual(
        error.issues.map((i) => expect.stringContaining(i.message[bahasa])),
      );
    }
  });

  it('does not change the error it formats', () => {
    const error = structuredClone({ issues: realError().issues });
    const before = structuredClone(error);
    formatInputError(error, { bahasa: 'en' });
    expect(error).toStrictEqual(before);
  });

  it('throws for an error without issues and for an unknown option', () => {
    expect(
      issuesOf(() =>
        formatInputError(
          { issues: [] } as never,
          { bahasa: 'en', x: 1 } as never,
        ),
      ),
    ).toEqual([
      { code: 'out_of_range', path: ['error', 'issues'] },
      { code: 'unrecognized_key', path: ['options', 'x'] },
    ]);
  });
});

describe('createFormatter', () => {
  test.prop([bahasaArb, errorArb])(
    'returns texts in the one language it was made with',
    (bahasa, error) => {
      const teks = createFormatter({ bahasa });
      const [issue] = error.issues;
      expect(teks.bahasa).toBe(bahasa);
      expect(teks.format(error)).toBe(formatInputError(error, { bahasa }));
      expect(teks.message(issue)).toBe(issueMessage(issue, bahasa));
      expect(teks.label(issue.message)).toBe(issue.message[bahasa]);
    },
  );

  it('returns an Indonesian formatter when no language is given', () => {
    expect(createFormatter().bahasa).toBe('id');
    expect(createFormatter({}).bahasa).toBe('id');
  });

  it('returns a frozen formatter that two parts of an app can share', () => {
    const teks = createFormatter({ bahasa: 'en' });
    expect(Object.isFrozen(teks)).toBe(true);
    createFormatter({ bahasa: 'id' });
    expect(teks.format(realError())).toBe(realError().format('en'));
  });

  it('shows a label of a result in its language', () => {
    const result = safeAssessPus(pasanganMenikah(30, DAY), DAY);
    if (!result.success) throw result.error;
    expect(createFormatter({ bahasa: 'en' }).label(result.data.alasan)).toBe(
      result.data.alasan.en,
    );
  });

  it('throws for an unknown option and for a label that is not one', () => {
    expect(issuesOf(() => createFormatter({ bahasa: 'fr' } as never))).toEqual([
      { code: 'invalid_value', path: ['options', 'bahasa'] },
    ]);
    const teks = createFormatter();
    expect(issuesOf(() => teks.label({ id: 'a' } as never))).toEqual([
      { code: 'required', path: ['label', 'en'] },
    ]);
  });
});
