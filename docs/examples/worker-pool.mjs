// Classifies a large batch of IMP on a fixed pool of worker threads, one
// contiguous slice each, and adds their summaries up into the summary one
// thread would give. Prints it as JSON.
//
//   node docs/examples/worker-pool.mjs [penilaian.json] [--workers N]
//
// The file holds a JSON array of penilaian. Without one, the sample IMP of
// ./data/klasifikasi.json are repeated up to 100 000 entries.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import {
  mergeKlasifikasiSummary,
  summarizeKlasifikasi,
} from 'imp-bangga-kencana';

const SAMPLE_SIZE = 100_000;
const WORKER = new URL('./worker-pool-worker.mjs', import.meta.url);

function readBatch(file) {
  if (file !== undefined) {
    const batch = JSON.parse(readFileSync(file, 'utf8'));
    if (Array.isArray(batch)) return batch;
    throw new Error(`${file} must hold a JSON array of penilaian`);
  }
  const sample = JSON.parse(
    readFileSync(new URL('./data/klasifikasi.json', import.meta.url), 'utf8'),
  ).imp.map((imp) => imp.penilaian);
  return Array.from(
    { length: SAMPLE_SIZE },
    (_, i) => sample[i % sample.length],
  );
}

// Contiguous slices keep each entry's place in the batch easy to recover.
function slices(batch, workers) {
  const count = Math.max(1, Math.min(workers, batch.length));
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor((i * batch.length) / count);
    const end = Math.floor(((i + 1) * batch.length) / count);
    return { start, penilaian: batch.slice(start, end) };
  });
}

function runWorker(slice) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: slice });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker stopped with code ${code}`));
    });
  });
}

// One thread stops at the first invalid entry; so does the pool: the
// first slice that failed holds it. Paths are shifted to the whole batch.
function firstIssues(answers, parts) {
  const failed = answers.findIndex((answer) => answer.issues !== undefined);
  if (failed === -1) return undefined;
  const { start } = parts[failed];
  return answers[failed].issues.map(
    ({ path: [name, index, ...rest], ...i }) => ({
      ...i,
      path: [name, start + index, ...rest],
    }),
  );
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { workers: { type: 'string' } },
  });
  const workers = Number(values.workers ?? availableParallelism());
  if (!Number.isInteger(workers) || workers < 1) {
    console.error('--workers must be a whole number of at least 1');
    process.exitCode = 2;
    return;
  }

  const parts = slices(readBatch(positionals[0]), workers);
  const answers = await Promise.all(parts.map(runWorker));

  const issues = firstIssues(answers, parts);
  if (issues !== undefined) {
    for (const { code, path, message } of issues) {
      console.error(`${path.join('.')} ${code}: ${message.en}`);
    }
    process.exitCode = 1;
    return;
  }
  const summary = answers
    .map((answer) => answer.summary)
    .reduce(mergeKlasifikasiSummary, summarizeKlasifikasi([]));
  console.log(JSON.stringify(summary, null, 2));
}

await main();
