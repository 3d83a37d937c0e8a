import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as library from '../../src/index.js';
import { checkedScript } from '../support/examples.js';
import { codeBlocks, GUIDES, ROOT, read } from './pages.js';

// Every ```ts block of the README and the guides is compiled against the
// source, as an app would compile it against the package, and then run,
// with each `//=>` comment checked against the value of the expression
// before it (the convention of the doc comments, see test/docs.test.ts).
const PAGES = [{ path: 'README.md', text: read('README.md') }, ...GUIDES];

type Example = { name: string; page: string; file: string; code: string };

const EXAMPLES: Example[] = PAGES.flatMap(({ path, text }) =>
  codeBlocks(text, 'ts').map((code, i) => ({
    name: `${path}, example ${i + 1}`,
    page: path,
    file: `${ROOT}test/docs/.examples/${path.replaceAll('/', '-')}.${i + 1}.ts`,
    code,
  })),
);

// What an example may import, as an app would: the package and zod.
const MODULES: Record<string, unknown> = {
  'imp-bangga-kencana': library,
  zod: z,
};

/** The type errors of each example, compiled with the project's options. */
function typeErrors(examples: readonly Example[]): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${ROOT}tsconfig.json`,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  ) as ts.ParsedCommandLine;
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: true,
    types: [],
    paths: { 'imp-bangga-kencana': [`${ROOT}src/index.ts`] },
  };
  const files = new Map(examples.map((e) => [e.file, e.code]));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => {
    const code = files.get(name);
    return code === undefined
      ? getSourceFile.call(host, name, language, ...rest)
      : ts.createSourceFile(name, code, language);
  };
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);

  const program = ts.createProgram([...files.keys()], options, host);
  return new Map(
    examples.map((e) => [
      e.file,
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(e.file))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    ]),
  );
}

/** Runs an example and returns each checked pair: actual, expected. */
function run(example: string): [unknown, unknown][] {
  const checks: [unknown, unknown][] = [];
  const js = ts.transpileModule(checkedScript(example), {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
    },
  }).outputText;
  const require = (id: string) => {
    if (id in MODULES) return MODULES[id];
    throw new Error(`an example may not import ${id}`);
  };
  new Function('require', 'exports', '__check', js)(
    require,
    {},
    (actual: unknown, expected: unknown) => checks.push([actual, expected]),
  );
  return checks;
}

const ERRORS = typeErrors(EXAMPLES);

describe('the examples of the README and the guides', () => {
  it('are found in the README and in the guides of each area', () => {
    const pages = new Set(EXAMPLES.map((e) => e.page));
    expect(pages).toContain('README.md');
    expect(pages).toContain('docs/guides/kelembagaan.md');
    expect(pages).toContain('docs/guides/klasifikasi.md');
  });

  describe.each(EXAMPLES)('$name', ({ page, file, code }) => {
    it('compiles against the package as an app would', () => {
      expect(ERRORS.get(file)).toEqual([]);
    });

    it('runs, and every //=> result is true', () => {
      const checks = run(code);
      if (page.startsWith('docs/guides/')) {
        expect(checks.length).toBeGreaterThan(0);
      }
      for (const [actual, expected] of checks) {
        expect(actual).toEqual(expected);
      }
    });
  });
});
