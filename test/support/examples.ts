import ts from 'typescript';

/**
 * Rewrites an example so that each `//=>` becomes a check of the value of
 * the expression statement just before it.
 */
export function checkedScript(example: string): string {
  const source = ts.createSourceFile('x.ts', example, ts.ScriptTarget.ES2022);
  let script = example;
  const marks = [...example.matchAll(/\/\/=> (.*)$/gm)].reverse();
  for (const mark of marks) {
    const statement = [...source.statements]
      .reverse()
      .find((s) => s.end <= (mark.index ?? 0));
    if (!statement || !ts.isExpressionStatement(statement)) {
      throw new Error(`no expression before //=> ${mark[1]}`);
    }
    const start = statement.getStart(source);
    const expression = statement.expression.getText(source);
    script =
      `${script.slice(0, start)}__check(${expression}, ${mark[1]});` +
      script.slice(statement.end);
  }
  return script;
}
