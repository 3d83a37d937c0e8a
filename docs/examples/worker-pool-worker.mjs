// One worker of ./worker-pool.mjs: summarises the slice it is given and
// posts the summary back, or the input problems of its first invalid
// entry. Thrown across the thread boundary an ImpInputError would arrive
// as a plain Error, so its issues travel as a message of plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { ImpInputError, summarizeKlasifikasi } from 'imp-bangga-kencana';

try {
  const summary = summarizeKlasifikasi(workerData.penilaian);
  parentPort.postMessage({ summary });
} catch (error) {
  if (!(error instanceof ImpInputError)) throw error;
  parentPort.postMessage({ issues: error.issues });
}
