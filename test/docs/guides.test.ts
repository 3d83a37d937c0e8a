import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { KEPUTUSAN_84_2024 } from '../../src/index.js';
import { isKlausul } from '../../src/kelembagaan/katalog/klausul.js';
import {
  exportNames,
  exportsNamed,
  GUIDES,
  numberedSections,
  oneLine,
  ROOT,
  read,
  tableRows,
  testNames,
  testRefs,
} from './pages.js';

// The clauses are kept as a fixture so that the test runs without the
// decree text; when the text is at hand, the fixture is checked against it.
const KLAUSUL: readonly string[] = JSON.parse(read('test/docs/klausul.json'));
const DECREE = fileURLToPath(
  new URL(
    '../../../shared/regulation/keputusan-84-KEP-G3-2024.md',
    import.meta.url,
  ),
);

const PETA = read('docs/guides/peta-klausul.md');
const CACAT = read('docs/guides/membaca-keputusan.md');
const EXPORTS = exportNames();
const DEFECTS = Array.from({ length: 36 }, (_, i) => i + 1);

type Cited = { id: string | undefined; ref: string };

/** Every citation of the decree reachable from the exported values. */
function citedIn(value: unknown, seen = new Set<unknown>()): Cited[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) {
    return [];
  }
  seen.add(value);
  const { id, citation } = value as { id?: unknown; citation?: unknown };
  const c = citation as { instrument?: unknown; ref?: unknown } | undefined;
  const own =
    c?.instrument === KEPUTUSAN_84_2024.nama && typeof c.ref === 'string'
      ? [{ id: typeof id === 'string' ? id : undefined, ref: c.ref }]
      : [];
  return [
    ...own,
    ...Object.values(value).flatMap((child) => citedIn(child, seen)),
  ];
}

const CITED = citedIn(library);

/** The code cell of each row of the map, by clause. */
const ROWS = tableRows(PETA).map(([klausul = '', , code = '']) => ({
  ref: klausul.replace(/^`|`$/g, ''),
  code,
}));
const CODE = new Map(ROWS.map((r) => [r.ref, r.code]));

/** The entry ids a code cell names: the quoted spans after "entry". */
function entriesNamed(code: string): string[] {
  const runs = code.matchAll(
    /\bentr(?:y|ies) ((?:`'[^`']+'`(?:,? and |, )?)+)/g,
  );
  return [...runs].flatMap((run) =>
    [...(run[1] as string).matchAll(/`'([^`']+)'`/g)].map(
      (m) => m[1] as string,
    ),
  );
}

describe('the clause fixture', () => {
  it('holds each clause once, written as the library cites clauses', () => {
    expect(KLAUSUL.length).toBeGreaterThan(300);
    expect(new Set(KLAUSUL).size).toBe(KLAUSUL.length);
    expect(KLAUSUL.filter((ref) => !isKlausul(ref))).toEqual([]);
  });

  it.runIf(existsSync(DECREE))(
    'lists every clause the decree prints',
    async () => {
      const { readKlausul } = await import('../support/klausul.js');
      expect(KLAUSUL).toEqual([...readKlausul(readFileSync(DECREE, 'utf8'))]);
    },
  );
});

describe('the clause map', () => {
  it('has a row for every clause of the fixture', () => {
    expect(KLAUSUL.filter((ref) => !CODE.has(ref))).toEqual([]);
  });

  it('has rows only for clauses of the fixture, each once', () => {
    const refs = ROWS.map((r) => r.ref);
    expect(refs.filter((ref) => !KLAUSUL.includes(ref))).toEqual([]);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('cites only clauses of the fixture in the library', () => {
    expect(CITED.length).toBeGreaterThan(100);
    const unknown = CITED.filter((c) => !KLAUSUL.includes(c.ref));
    expect(unknown).toEqual([]);
  });

  it('maps every clause the library cites to code, not to a reason', () => {
    const reasons = [...new Set(CITED.map((c) => c.ref))].filter((ref) =>
      CODE.get(ref)?.startsWith('—'),
    );
    expect(reasons).toEqual([]);
  });

  it('names each catalogue entry only at the clause it cites', () => {
    const named = ROWS.flatMap(({ ref, code }) =>
      entriesNamed(code).map((id) => ({ id, ref })),
    );
    expect(named.length).toBeGreaterThan(100);
    const wrong = named.filter(
      (n) => !CITED.some((c) => c.id === n.id && c.ref === n.ref),
    );
    expect(wrong).toEqual([]);
  });

  it('names every catalogue entry of the library at its clause', () => {
    const missing = CITED.filter(
      (c) =>
        c.id !== undefined &&
        !entriesNamed(CODE.get(c.ref) ?? '').includes(c.id),
    );
    expect(missing).toEqual([]);
  });
});

describe('the page on reading the decree', () => {
  const sections = numberedSections(CACAT);

  it('has one section for each defect from 1 to 36, in order', () => {
    expect(sections.map((s) => s.n)).toEqual(DEFECTS);
  });

  it.each(sections)(
    'gives defect $n a reading, where it applies, and a test or a reason',
    ({ body }) => {
      const text = oneLine(body);
      expect(text).toMatch(/\*\*Reading\.\*\* \S/);
      expect(text).toMatch(/\*\*Where\.\*\* \S/);
      const pinned = /\*\*Pinned by\.\*\* (.*)$/.exec(text)?.[1] ?? '';
      expect(testRefs(pinned).length > 0 || /^Not modelled/.test(pinned)).toBe(
        true,
      );
    },
  );
});

describe.each(GUIDES)('the guide $path', ({ text }) => {
  it('names only exports of src/index.ts', () => {
    expect(exportsNamed(text).filter((name) => !EXPORTS.has(name))).toEqual([]);
  });

  it('names only tests that exist, by file and name', () => {
    const missing = testRefs(text).flatMap(({ file, names }) => {
      if (!existsSync(`${ROOT}${file}`)) return [file];
      const known = testNames(file);
      return names.filter((n) => !known.has(n)).map((n) => `${file} › ${n}`);
    });
    expect(missing).toEqual([]);
  });
});

describe('the checks of this file', () => {
  it('find the exports and tests that the two reference pages name', () => {
    expect(exportsNamed(PETA).length).toBeGreaterThan(100);
    expect(exportsNamed(CACAT).length).toBeGreaterThan(36);
    expect(testRefs(CACAT).length).toBeGreaterThan(30);
    expect(EXPORTS.has('assessPus')).toBe(true);
    expect(EXPORTS.has('PusResult')).toBe(true);
  });

  it('tell a suite or test name from any other string of a test file', () => {
    const names = testNames('test/pus.test.ts');
    expect(names.has('assessPus')).toBe(true);
    expect(names.has('takes the inclusive reading of 50 by default')).toBe(
      true,
    );
    expect(names.has('a married wife of %i with haid %s, read %s, is %s')).toBe(
      true,
    );
    expect(names.has('inklusif')).toBe(false);
  });
});
