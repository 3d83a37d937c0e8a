import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The text of a file of the repository. */
export function read(path: string): string {
  return readFileSync(`${ROOT}${path}`, 'utf8');
}

/** Every guide page, by its path from the root, in name order. */
export const GUIDES: readonly { path: string; text: string }[] = readdirSync(
  `${ROOT}docs/guides`,
)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({
    path: `docs/guides/${name}`,
    text: read(`docs/guides/${name}`),
  }));

/**
 * The names that src/index.ts exports, values and types alike. Read from
 * the syntax alone, which is enough because the index re-exports by name;
 * an `export *` would hide names, so it is refused.
 */
export function exportNames(): ReadonlySet<string> {
  const path = 'src/index.ts';
  const source = ts.createSourceFile(path, read(path), ts.ScriptTarget.ES2022);
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement)) continue;
    const clause = statement.exportClause;
    if (clause === undefined || !ts.isNamedExports(clause)) {
      throw new Error('src/index.ts must export by name');
    }
    for (const element of clause.elements) names.add(element.name.text);
  }
  return names;
}

const TEST_CALLS = new Set(['describe', 'it', 'test']);

/** The identifier a call chain such as `test.prop([...])` starts from. */
function rootOf(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) {
    return rootOf(expression.expression);
  }
  if (ts.isCallExpression(expression)) return rootOf(expression.expression);
  return undefined;
}

/**
 * The names of the suites and tests of a test file, as written: the first
 * argument of every `describe`, `it` or `test` call, including the forms
 * `it.each(rows)('name %s', …)` and `test.prop([…])('name', …)`.
 */
export function testNames(path: string): ReadonlySet<string> {
  const source = ts.createSourceFile(path, read(path), ts.ScriptTarget.ES2022);
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && TEST_CALLS.has(rootOf(node) ?? '')) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) names.add(first.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Markdown without its fenced code blocks. */
export function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** The fenced blocks of a language, e.g. `ts`, in order. */
export function codeBlocks(markdown: string, lang: string): string[] {
  const fence = new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\``, 'gm');
  return [...markdown.matchAll(fence)].map((m) => m[1] as string);
}

/** The inline code spans of a text, each on one line. */
export function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => oneLine(m[1] as string));
}

/** A text with every run of white space, line breaks too, as one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const NAMED = /^(?:new )?([A-Za-z_$][\w$]*)((?:\.[\w$]+)*)(\(.*\))?$/;

// Names of the platform and of zod, which a guide may show beside ours:
// the globals of JavaScript, Node's built-in modules, the Web's workers.
const PLATFORM = new Set([
  ...Object.getOwnPropertyNames(globalThis),
  ...builtinModules,
  'Worker',
  'SharedWorker',
  'z',
]);

/**
 * The exports a text names. By the convention of the guides, a code span
 * names an export when it is an identifier, maybe with members, that is
 * called (`assessPus()`, `assessPus(pasangan, tanggal)`) or that starts
 * with a capital (`TanggalSchema`, `KEPUTUSAN_84_2024.nama`), unless it
 * is a name of the platform, and every `{@link name}` names one. Plain
 * lower-case spans are field names.
 */
export function exportsNamed(markdown: string): string[] {
  const text = prose(markdown);
  const spans = codeSpans(text).flatMap((span) => {
    const match = NAMED.exec(span);
    if (!match) return [];
    const name = match[1] as string;
    const called = match[3] !== undefined;
    if (PLATFORM.has(name)) return [];
    return called || /^[A-Z]/.test(name) ? [name] : [];
  });
  const links = [...text.matchAll(/\{@link\s+([\w$]+)/g)].map(
    (m) => m[1] as string,
  );
  return [...spans, ...links];
}

/** A test that a page names: its file and the suite and test names. */
export type TestRef = { file: string; names: string[] };

/**
 * The tests a page names, written `` `test/x.test.ts` › “suite” › “test” ``:
 * the file in a code span, then one or more names in curly quotes.
 */
export function testRefs(markdown: string): TestRef[] {
  const ref = /`(test\/[\w/.-]+\.test\.ts)`((?:\s*›\s*“[^”]+”)+)/g;
  return [...markdown.matchAll(ref)].map((m) => ({
    file: m[1] as string,
    names: [...(m[2] as string).matchAll(/“([^”]+)”/g)].map((n) =>
      oneLine(n[1] as string),
    ),
  }));
}

/** The cells of every table row whose first cell is a code span. */
export function tableRows(markdown: string): string[][] {
  return prose(markdown)
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, line.endsWith('|') ? -1 : undefined)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

/** A section of a page under a numbered heading such as `### 12. Title`. */
export type Section = { n: number; heading: string; body: string };

/** The sections under numbered headings, in page order. */
export function numberedSections(markdown: string): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const line of prose(markdown).split('\n')) {
    const heading = /^#{2,4} (\d+)\. (.*)$/.exec(line);
    if (heading) {
      current = { n: Number(heading[1]), heading: heading[2] ?? '', body: '' };
      sections.push(current);
    } else if (/^#{1,4} /.test(line)) {
      current = undefined;
    } else if (current) {
      current.body += `${line}\n`;
    }
  }
  return sections;
}
