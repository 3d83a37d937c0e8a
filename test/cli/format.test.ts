import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  formatProblemJson,
  formatSummary,
  formatSummaryJson,
  pathText,
} from '../../src/cli/format.js';
import type { Problem } from '../../src/cli/validate.js';

const PROBLEM: Problem = {
  line: 3,
  path: ['istri', 'tanggalLahir'],
  code: 'invalid_date',
  message: { id: 'Tanggal salah.', en: 'Wrong date.' },
};

describe('formatProblem', () => {
  it('returns line, path and code, then the message in both languages', () => {
    expect(formatProblem(PROBLEM, 'a.ndjson')).toBe(
      'a.ndjson:3: $.istri.tanggalLahir: invalid_date\n' +
        '  id: Tanggal salah.\n' +
        '  en: Wrong date.\n',
    );
  });

  it('returns one line in the language chosen', () => {
    expect(formatProblem(PROBLEM, 'a.ndjson', 'en')).toBe(
      'a.ndjson:3: $.istri.tanggalLahir: invalid_date: Wrong date.\n',
    );
  });

  it('places a listed record by index, a lone one by its file', () => {
    const { line: _, ...bare } = PROBLEM;
    expect(formatProblem({ ...bare, index: 4 }, 'a.json', 'id')).toMatch(
      /^a\.json\[4\]: /,
    );
    expect(formatProblem(bare, 'a.json', 'id')).toMatch(/^a\.json: \$\./);
  });
});

describe('pathText', () => {
  it('writes keys with dots, indexes and odd keys in brackets', () => {
    expect(
      pathText({ path: ['rw', 0, 'rt', 1, 'nomor'], code: 'required' }),
    ).toBe('$.rw[0].rt[1].nomor');
    expect(pathText({ path: ['a b', '50'], code: 'required' })).toBe(
      '$["a b"]["50"]',
    );
    expect(pathText({ path: [], code: 'invalid_json' })).toBe('$');
  });

  it('leaves out the name of a key the record should not have', () => {
    expect(
      pathText({
        path: ['istri', '3204115708900001'],
        code: 'unrecognized_key',
      }),
    ).toBe('$.istri');
  });
});

describe('formatProblemJson', () => {
  it('returns one line of JSON holding the file and the whole problem', () => {
    const text = formatProblemJson(PROBLEM, 'a.ndjson');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trim()).not.toContain('\n');
    expect(JSON.parse(text)).toEqual({
      type: 'problem',
      file: 'a.ndjson',
      ...PROBLEM,
    });
  });
});

describe('formatSummary', () => {
  const summary = { records: 20000, invalid: 2, problems: 3 };

  it('returns the counts in both languages, or in the one chosen', () => {
    expect(formatSummary(summary)).toBe(
      'Rekaman: 20000, tidak sah: 2, masalah: 3.\n' +
        'Records: 20000, invalid: 2, problems: 3.\n',
    );
    expect(formatSummary(summary, 'id')).toBe(
      'Rekaman: 20000, tidak sah: 2, masalah: 3.\n',
    );
  });

  it('returns the counts as one line of JSON', () => {
    expect(JSON.parse(formatSummaryJson(summary))).toEqual({
      type: 'summary',
      ...summary,
    });
  });
});
