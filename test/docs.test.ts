import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import { checkedScript } from './support/examples.js';

// Every export's doc comment is read from the compiler's view of
// src/index.ts, so a new export is checked the moment it is exported.
const INDEX = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const program = ts.createProgram([INDEX], { strict: true });
const checker = program.getTypeChecker();
const moduleSymbol = checker.getSymbolAtLocation(
  program.getSourceFile(INDEX) as ts.SourceFile,
) as ts.Symbol;

type Documented = { name: string; isValue: boolean; tags: ts.JSDocTag[] };

const EXPORTS: Documented[] = checker
  .getExportsOfModule(moduleSymbol)
  .map((alias) => {
    const symbol = checker.getAliasedSymbol(alias);
    const declaration = symbol.declarations?.[0] as ts.Declaration;
    return {
      name: alias.name,
      isValue: (symbol.flags & ts.SymbolFlags.Value) !== 0,
      tags: [...ts.getJSDocTags(declaration)],
    };
  });

function tagText(tag: ts.JSDocTag): string {
  return typeof tag.comment === 'string'
    ? tag.comment
    : (ts.getTextOfJSDocComment(tag.comment) ?? '');
}

function runExample(example: string) {
  const checks: [unknown, unknown][] = [];
  const names = Object.keys(library);
  const script = ts.transpileModule(checkedScript(example), {
    compilerOptions: { target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const run = new Function(...names, '__check', script);
  run(...Object.values(library), (actual: unknown, expected: unknown) =>
    checks.push([actual, expected]),
  );
  return checks;
}

describe('the API docs', () => {
  it('cover a set of exports', () => {
    expect(EXPORTS.length).toBeGreaterThan(10);
  });

  describe.each(EXPORTS)('$name', ({ tags }) => {
    it('has a category', () => {
      expect(tags.some((t) => t.tagName.text === 'category')).toBe(true);
    });
  });

  describe.each(EXPORTS.filter((e) => e.isValue))('$name', ({ tags }) => {
    it('has an example that names its case', () => {
      const examples = tags.filter((t) => t.tagName.text === 'example');
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        expect(tagText(example).trimStart()).toMatch(/^\/\/ \S/);
      }
    });

    it('has examples whose //=> results are true', () => {
      const examples = tags
        .filter((t) => t.tagName.text === 'example')
        .map(tagText);
      for (const example of examples) {
        for (const [actual, expected] of runExample(example)) {
          expect(actual).toEqual(expected);
        }
      }
    });
  });
});
