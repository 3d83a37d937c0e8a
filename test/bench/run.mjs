// Runs every benchmark against the built package, each in a process of
// its own so that one cannot warm or clutter the engine for the next,
// after a header naming the machine. `npm run bench` builds first.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const BENCHES = [
  ['pus.bench.mjs'],
  ['keluarga.bench.mjs'],
  ['klasifikasi.bench.mjs'],
  ['rollup.bench.mjs', '--expose-gc'],
];

function cpuModel() {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    return /^model name\s*:\s*(.+)$/m.exec(info)?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

console.log(
  `node ${process.version}, ${availableParallelism()} cores, ` +
    `${cpuModel()}, load average ${loadavg()[0].toFixed(1)}, ` +
    new Date().toISOString(),
);
const start = performance.now();
for (const [file, ...flags] of BENCHES) {
  const { status } = spawnSync(process.execPath, [...flags, `${HERE}${file}`], {
    stdio: 'inherit',
  });
  if (status !== 0) process.exit(status ?? 1);
}
const seconds = (performance.now() - start) / 1000;
console.log(`\nAll benchmarks in ${seconds.toFixed(0)} s.`);
