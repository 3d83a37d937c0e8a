import { readFileSync } from 'node:fs';

// The decree text sits beside the repository, in ../shared/regulation.
const DECREE = new URL(
  '../../../shared/regulation/keputusan-84-KEP-G3-2024.md',
  import.meta.url,
);

type Langkah = { rank: number; text: string };

// The printed list markers, outermost first: A. → 1. → a. → 1). → a).
// A marker of one rank closes every open list of its rank or deeper.
const MARKERS: readonly [RegExp, number, (n: string) => string][] = [
  [/^([A-Z])\.\s/, 1, (n) => `huruf ${n}`],
  [/^(\d+)\.\s/, 2, (n) => `angka ${n}`],
  [/^([a-z])\.\s/, 3, (n) => `huruf ${n}`],
  [/^(\d+)\)\.?\s/, 4, (n) => `angka ${n})`],
  [/^([a-z])\)\.?\s/, 5, (n) => `huruf ${n})`],
];
const PENJELASAN = 2.5;

/**
 * Reads the clauses of the decree from its text: every dictum, and every
 * path of BAB, huruf and angka markers that the Lampiran prints, written
 * as the regulation README cites them.
 *
 * Limits, kept on purpose so that the reader stays simple: a marker is
 * recognised only at the start of a line (after Markdown bullets and
 * emphasis); the second BAB IV is named `BAB IV (Pemantauan dan
 * Evaluasi)`; under BAB IV huruf A angka 2 the explanation after
 * "Penjelasan masing-masing peran" opens `penjelasan`, and its lone
 * "1. Pengorganisasian" heading is skipped (defects.md 21). A list that
 * restarts its numbering inside a clause (the second list of BAB III
 * huruf D) is read into the same clause, so refs there are only checked
 * for being printed, not for which of the two lists they mean.
 */
export function readKlausul(text: string): ReadonlySet<string> {
  const found = new Set<string>();
  let stack: Langkah[] = [];
  let inLampiran = false;
  let penjelasan = false;
  const babs = new Set<string>();

  for (const raw of text.split('\n')) {
    const line = raw.replace(/^[\s#*>-]+/, '');
    const diktum = /^(KE[A-Z]+)\s*:/.exec(line);
    if (!inLampiran && diktum) found.add(`Diktum ${diktum[1]}`);
    if (/^LAMPIRAN\b/.test(line)) inLampiran = true;
    if (!inLampiran) continue;

    const bab = /^BAB ([IVX]+)\b/.exec(line);
    if (bab) {
      const name = babs.has(bab[1] as string)
        ? `BAB ${bab[1]} (Pemantauan dan Evaluasi)`
        : `BAB ${bab[1]}`;
      babs.add(bab[1] as string);
      stack = [{ rank: 0, text: name }];
      penjelasan = false;
    } else if (line.startsWith('Penjelasan masing-masing peran')) {
      stack = [...stack.filter((s) => s.rank <= 2)];
      stack.push({ rank: PENJELASAN, text: 'penjelasan' });
      penjelasan = true;
    } else {
      const marker = markerOf(line);
      if (!marker || (penjelasan && marker.rank === 2)) continue;
      if (marker.rank === 1) penjelasan = false;
      stack = [...stack.filter((s) => s.rank < marker.rank), marker];
    }
    found.add(['Lampiran', ...stack.map((s) => s.text)].join(' '));
  }
  return found;
}

function markerOf(line: string): Langkah | undefined {
  for (const [pattern, rank, text] of MARKERS) {
    const match = pattern.exec(line);
    if (match) return { rank, text: text(match[1] as string) };
  }
  return undefined;
}

/** Every clause the decree prints. */
export const KLAUSUL = readKlausul(readFileSync(DECREE, 'utf8'));

const LANGKAH = new RegExp(
  [
    'Diktum [A-Z]+',
    'Lampiran',
    'BAB [IVX]+( \\(Pemantauan dan Evaluasi\\))?',
    'huruf [A-Za-z]\\)?',
    'angka \\d+\\)?',
    'penjelasan',
  ].join('|'),
  'g',
);

/** The steps of a clause: `BAB II`, `huruf A`, `angka 1)`, `penjelasan`. */
export function langkahKlausul(ref: string): string[] {
  return ref.match(LANGKAH) ?? [];
}

/** The clauses printed directly under `ref`, one step deeper. */
export function anakKlausul(ref: string): string[] {
  const depth = langkahKlausul(ref).length;
  return [...KLAUSUL].filter(
    (k) => k.startsWith(`${ref} `) && langkahKlausul(k).length === depth + 1,
  );
}
