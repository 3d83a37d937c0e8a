import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Bench } from 'tinybench';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const INPUTS = `${ROOT}node_modules/.cache/imp-bench/inputs.mjs`;

/**
 * The generated inputs of inputs.ts. There is no TypeScript runner here,
 * so the file and the test arbitraries it uses are bundled to JavaScript
 * first; packages stay imports, found from node_modules.
 */
export async function loadInputs() {
  await build({
    entryPoints: [`${ROOT}test/bench/inputs.ts`],
    outfile: INPUTS,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(pathToFileURL(INPUTS).href);
}

/**
 * A small seeded generator (mulberry32): the inputs of every run are the
 * same, so runs can be compared.
 */
export function seeded(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (values) => values[Math.floor(next() * values.length)],
    chance: (p) => next() < p,
  };
}

const pad = (n, width) => String(n).padStart(width, '0');

/** A real day of the Gregorian calendar, `YYYY-MM-DD`. */
export function tanggal(rng, minYear, maxYear) {
  const year = rng.int(minYear, maxYear);
  const month = rng.int(1, 12);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const day = rng.int(1, days[month - 1]);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Results go here so that no engine can drop a loop whose result is
// never read.
export const sink = { value: 0 };

/**
 * Runs the tasks, the baseline first, and prints items per second and
 * each task's time as a multiple of the baseline's.
 *
 * @remarks
 * Other work on a shared machine comes and goes, so the tasks are run in
 * several rounds, taking turns, and each figure is the best round's
 * median: load only ever adds time, so the fastest round is the closest
 * to what the code costs, and a burst of load lands on one round of each
 * task instead of on all samples of one.
 *
 * @param title - What is measured.
 * @param options - `items` per call of a task, `unit` of an item,
 *   `rounds`, `iterations` per task and round.
 * @param tasks - `[name, fn]` pairs; the first is the baseline.
 * @returns `{ name, perItemNs, itemsPerSecond, ratio }` per task.
 */
export async function compare(title, options, tasks) {
  const rounds = options.rounds ?? 5;
  const periods = tasks.map(() => []);
  const ratios = tasks.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    const bench = new Bench({
      name: title,
      time: 0,
      iterations: options.iterations ?? 3,
      warmupIterations: round === 0 ? (options.warmupIterations ?? 2) : 0,
      warmupTime: 0,
      warmup: round === 0,
      throws: true,
    });
    for (const [name, fn] of tasks) {
      bench.add(name, () => {
        sink.value ^= fn();
      });
    }
    await bench.run();
    const medians = bench.tasks.map((task) => task.result.latency.p50);
    medians.forEach((m, i) => {
      periods[i].push(m);
      ratios[i].push(m / medians[0]);
    });
  }

  const best = periods.map((p) => Math.min(...p));
  const report = tasks.map(([name], i) => ({
    name,
    perItemNs: (best[i] * 1e6) / options.items,
    itemsPerSecond: options.items / (best[i] / 1000),
    ratio: best[i] / best[0],
    spread: spread(ratios[i]),
  }));
  printTable(title, options, rounds, report);
  return report;
}

function spread(values) {
  return `${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)}`;
}

function printTable(title, options, rounds, report) {
  console.log(`\n${title}`);
  console.log(
    `  ${'task'.padEnd(44)}${`${options.unit}/s`.padStart(14)}` +
      `${'ns/item'.padStart(10)}${'ratio'.padStart(8)}` +
      `${`rounds (${rounds}) from-to`.padStart(22)}`,
  );
  for (const row of report) {
    console.log(
      `  ${row.name.padEnd(44)}` +
        `${formatInt(row.itemsPerSecond).padStart(14)}` +
        `${row.perItemNs.toFixed(1).padStart(10)}` +
        `${`${row.ratio.toFixed(2)}x`.padStart(8)}` +
        `${row.spread.padStart(22)}`,
    );
  }
}

/** Prints whether a measured figure meets its target, and by how much. */
export function verdict(label, measured, target, unit = 'x') {
  const met = measured <= target;
  const margin = met
    ? `${((1 - measured / target) * 100).toFixed(0)} % under`
    : `${((measured / target - 1) * 100).toFixed(0)} % over`;
  console.log(
    `  target ${label}: ${measured.toFixed(2)}${unit} against ` +
      `<= ${target}${unit}: ${met ? 'MET' : 'MISSED'} (${margin})`,
  );
  return met;
}

export function formatInt(n) {
  return Math.round(n).toLocaleString('en-US');
}

/** Fails loudly when two computations that must agree do not. */
export function assertSame(what, actual, expected) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) {
    throw new Error(`${what}: the baseline disagrees (${a} vs ${e})`);
  }
}
