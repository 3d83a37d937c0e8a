import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ImpInputError,
  type Penilaian,
  summarizeKlasifikasi,
} from '../../src/index.js';
import { penilaianArb, penilaianDasar } from '../support/penilaian.js';

// The worker-pool example, run with node against the built package, must
// print exactly the summary that one thread computes from the same batch.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = join(ROOT, 'docs', 'examples', 'worker-pool.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'imp-worker-pool-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let files = 0;

const BATCH = fc.sample(penilaianArb, { numRuns: 1500, seed: 84 });

function example(batch: unknown[] | undefined, workers?: number) {
  const args = [EXAMPLE];
  if (batch !== undefined) {
    files += 1;
    const file = join(scratch, `batch-${files}.json`);
    writeFileSync(file, JSON.stringify(batch));
    args.push(file);
  }
  if (workers !== undefined) args.push('--workers', String(workers));
  return spawnSync('node', args, { cwd: ROOT, encoding: 'utf8' });
}

/** What one thread gives, as it reads once printed as JSON. */
function oneThread(batch: Penilaian[]) {
  return JSON.parse(JSON.stringify(summarizeKlasifikasi(batch)));
}

function firstIssues(batch: unknown[]): string[] {
  try {
    summarizeKlasifikasi(batch as Penilaian[]);
  } catch (error) {
    if (error instanceof ImpInputError) {
      return error.issues.map((i) => `${i.path.join('.')} ${i.code}`);
    }
  }
  throw new Error('the batch was expected to hold an invalid entry');
}

describe('worker-pool.mjs', () => {
  it.each([1, 2, 3, 7])(
    'returns the one-thread summary when a pool of %i shares the batch',
    (workers) => {
      const run = example(BATCH, workers);

      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(oneThread(BATCH));
    },
  );

  it('returns the one-thread summary when workers outnumber the IMP', () => {
    const batch = BATCH.slice(0, 2);

    for (const size of [batch, []]) {
      const run = example(size, 4);

      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(oneThread(size));
    }
  });

  it('returns the one-thread summary of the sample when given no file', () => {
    const sample = (
      JSON.parse(
        readFileSync(join(ROOT, 'docs/examples/data/klasifikasi.json'), 'utf8'),
      ) as { imp: { penilaian: Penilaian }[] }
    ).imp.map((imp) => imp.penilaian);
    const batch = Array.from(
      { length: 100_000 },
      (_, i) => sample[i % sample.length] as Penilaian,
    );

    const run = example(undefined, 2);

    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(oneThread(batch));
  });

  it('returns the first invalid entry of the batch when slices fail', () => {
    const good = penilaianDasar();
    const batch: unknown[] = BATCH.slice(0, 900);
    // Slices of 300 for 3 workers: bad entries in the second and third.
    batch[750] = { ...good, pencatatan: { cara: 'buku' } };
    batch[450] = { ...good, pertemuan: { ...good.pertemuan, notulen: 'ya' } };

    const run = example(batch, 3);

    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const printed = run.stderr
      .trim()
      .split('\n')
      .map((line) => line.slice(0, line.indexOf(':')));
    expect(printed).toEqual(firstIssues(batch));
    expect(printed).toEqual(['penilaian.450.pertemuan.notulen invalid_type']);
  });

  it('returns usage status 2 when --workers is not a whole number', () => {
    for (const workers of [0, 1.5]) {
      const run = example([], workers);

      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
    }
  });
});
