import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { delimiter, dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as source from '../../src/index.js';
import {
  penilaianDasar,
  penilaianKosong,
  penilaianMandiri,
} from '../support/penilaian.js';

// The built ESM bundle, loaded into Chromium as a web app would load it:
// its bare imports (zod, date-fns, @date-fns/utc) resolved by an import
// map to the ESM files of node_modules, served from a loopback server.
// The bundle must give in the page exactly what the source gives in Node.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MANIFEST = readJson(join(ROOT, 'package.json')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

const IMPORT = /\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

type Library = typeof source;
type Exports = Record<string, { import?: string | { default?: string } }>;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function findChromium(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const file = join(dir, 'chromium');
    if (dir !== '' && existsSync(file)) return file;
  }
  throw new Error(
    'Chromium was not found on PATH. The browser test drives the ' +
      'chromium package of Debian: install it (sudo apt-get install ' +
      'chromium) and run the tests again.',
  );
}

/**
 * Every bare specifier the library's bundle imports, following its own
 * chunks from dist/index.js; the Node-only tools beside it in dist/ are
 * no part of it.
 */
function bareImports(): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of code.matchAll(IMPORT)) {
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
      else found.add(specifier);
    }
  };
  visit(join(ROOT, 'dist', 'index.js'));
  return [...found].sort();
}

/** The package a bare specifier names: `zod` for `zod/locales`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

/** The file that `import` of a specifier resolves to, as a URL path. */
function esmEntry(specifier: string): string {
  const name = packageOf(specifier);
  const manifest = readJson(
    join(ROOT, 'node_modules', name, 'package.json'),
  ) as { exports?: Exports };
  const entry = manifest.exports?.[`.${specifier.slice(name.length)}`];
  const file =
    typeof entry?.import === 'string' ? entry.import : entry?.import?.default;
  if (file === undefined) throw new Error(`${specifier} has no ESM entry`);
  return `/node_modules/${name}/${file.replace(/^\.\//, '')}`;
}

function page(specifiers: string[]): string {
  const imports = Object.fromEntries(specifiers.map((s) => [s, esmEntry(s)]));
  return [
    '<!doctype html>',
    '<meta charset="utf-8">',
    `<script type="importmap">${JSON.stringify({ imports })}</script>`,
    '<script type="module">',
    "import * as imp from '/dist/index.js';",
    'globalThis.imp = imp;',
    '</script>',
  ].join('\n');
}

function serve(): Promise<Server> {
  const specifiers = bareImports();
  const html = page(specifiers);
  // The bundle and the packages it imports: nothing else is served.
  const folders = [
    'dist',
    ...specifiers.map((s) => `node_modules/${packageOf(s)}`),
  ];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(html);
      return;
    }
    const file = normalize(join(ROOT, decodeURIComponent(path)));
    const allowed = folders.some((dir) =>
      file.startsWith(join(ROOT, dir) + sep),
    );
    const found = existsSync(file) && statSync(file).isFile();
    if (!allowed || !file.endsWith('.js') || !found) {
      response.writeHead(404).end();
      return;
    }
    // Browsers run a module only when it is served as JavaScript.
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

type Session = { server: Server; browser: Browser; tab: Page };

const problems: string[] = [];
let opening: Promise<Session> | undefined;

// Opened by the first test that needs it rather than in beforeAll: a hook
// that throws leaves the tests skipped, and a machine without Chromium
// must count every one of them as failed.
function session(): Promise<Session> {
  opening ??= open();
  return opening;
}

async function open(): Promise<Session> {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: npm test builds it before this test');
  }
  const executablePath = findChromium();
  const server = await serve();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath });
    const tab = await browser.newPage();
    watch(tab);
    const { port } = server.address() as AddressInfo;
    await tab.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    return { server, browser, tab };
  } catch (error) {
    await browser?.close();
    server.close();
    throw error;
  }
}

function watch(tab: Page): void {
  tab.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  tab.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  tab.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
}

afterEach(() => {
  expect(problems).toEqual([]);
});

afterAll(async () => {
  const opened = await opening?.catch(() => undefined);
  await opened?.browser.close();
  opened?.server.close();
});

async function inPage<A, R>(
  run: (imp: Library, arg: A) => R,
  arg: A,
): Promise<R> {
  const { tab } = await session();
  return tab.evaluate(
    ([code, value]) => {
      const imp = (globalThis as unknown as { imp: Library }).imp;
      // The function travels as text: rebuild it inside the page.
      return new Function(`return (${code})`)()(imp, value);
    },
    [run.toString(), arg] as const,
  );
}

const WIFE_35 = { menikah: true, istri: { tanggalLahir: '1990-01-01' } };
const COUPLES = [
  WIFE_35,
  { menikah: true, istri: { tanggalLahir: '1975-06-30' } },
  { menikah: false, istri: { tanggalLahir: '1990-01-01' } },
];

describe('the ESM bundle in Chromium', () => {
  it('imports bare only the packages it declares as dependencies', () => {
    const declared = Object.keys({
      ...MANIFEST.dependencies,
      ...MANIFEST.peerDependencies,
    });

    const imported = [...new Set(bareImports().map(packageOf))];

    expect(imported).toContain('zod');
    expect(declared).toEqual(expect.arrayContaining(imported));
  });

  it('returns the answers of the source from assessPus', async () => {
    const results = await inPage(
      (imp, couples) => couples.map((c) => imp.assessPus(c, '2025-07-01')),
      COUPLES,
    );

    expect(results.map((r) => r.status)).toEqual([
      'pus',
      'tidak-dapat-ditentukan',
      'bukan-pus',
    ]);
    expect(results[1]?.kurang).toEqual(['haid']);
    expect(results[0]?.citation.ref).toBe('Lampiran BAB I huruf D angka 26');
    expect(results).toEqual(
      COUPLES.map((c) => source.assessPus(c, '2025-07-01')),
    );
  });

  it('returns the answers of the source from classifyImp', async () => {
    const all = [penilaianKosong(), penilaianDasar(), penilaianMandiri()];

    const results = await inPage(
      (imp, penilaian) => penilaian.map((p) => imp.classifyImp(p)),
      all,
    );

    expect(results.map((r) => r.klasifikasi)).toEqual([
      null,
      'dasar',
      'mandiri',
    ]);
    expect(results[2]?.skor).toBe(18);
    expect(results).toEqual(all.map((p) => source.classifyImp(p)));
  });

  it('returns frozen results', async () => {
    const frozen = await inPage((imp, couple) => {
      const result = imp.assessPus(couple, '2025-07-01');
      return Object.isFrozen(result) && Object.isFrozen(result.alasan);
    }, WIFE_35);

    expect(frozen).toBe(true);
  });

  it('returns ImpInputError with its codes when input is bad', async () => {
    const error = await inPage((imp, couple) => {
      const result = imp.safeAssessPus(couple, '2023-02-29');
      return result.success
        ? null
        : {
            isImpInputError: result.error instanceof imp.ImpInputError,
            issues: result.error.issues.map((i) => [i.code, i.path]),
          };
    }, WIFE_35);

    expect(error).toEqual({
      isImpInputError: true,
      issues: [['invalid_date', ['tanggal']]],
    });
  });
});
