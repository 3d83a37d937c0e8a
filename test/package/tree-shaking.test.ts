import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { KATALOG } from '../../src/index.js';

// An app that imports one rule from the built package, bundled as its
// bundler would bundle it (the package found by name, through its
// "exports"), must not carry the catalogues. Each catalogue entry's
// labels are text that only the catalogue modules hold, so finding none
// of them in the bundle shows that none of those modules came along.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXTERNAL = ['zod', 'date-fns', '@date-fns/utc'];

async function bundle(imports: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `export ${imports} from 'imp-bangga-kencana';`,
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    external: EXTERNAL,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

// Some labels are built from templates, so the markers are the labels
// that the catalogue bundle holds word for word.
const LABELS = KATALOG.flatMap((entry) => [entry.label.id, entry.label.en]);
let markers: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: npm test builds it before this test');
  }
  const katalog = await bundle('{ KATALOG }');
  markers = LABELS.filter((label) => katalog.includes(label));
});

function markersIn(code: string): string[] {
  return markers.filter((label) => code.includes(label));
}

describe('the built package', () => {
  it('holds most catalogue labels word for word in the catalogue', () => {
    // Without this the checks below could not fail.
    expect(markers.length).toBeGreaterThan(LABELS.length / 2);
  });

  it('leaves every catalogue out of an app that imports only assessPus', async () => {
    const code = await bundle('{ assessPus }');
    expect(code).toContain('function');
    expect(markersIn(code)).toEqual([]);
  });

  it('leaves the catalogues out of an app that imports only classifyImp', async () => {
    const code = await bundle('{ classifyImp }');
    expect(markersIn(code)).toEqual([]);
  });

  it('gives an app importing assessPus under a tenth of the whole', async () => {
    const one = await bundle('{ assessPus }');
    const all = await bundle('*');
    expect(one.length).toBeLessThan(all.length / 10);
  });
});
