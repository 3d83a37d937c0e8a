// A clause reference of the decree, as the regulation README writes it:
// from the outside in, each step one of the printed markers.
const BAB = 'BAB [IVX]+(?: \\(Pemantauan dan Evaluasi\\))?';
const LANGKAH = 'huruf [A-Za-z]\\)?|angka \\d+\\)?|penjelasan';
const REF = new RegExp(
  `^(?:Diktum [A-Z]+|Lampiran(?: ${BAB}(?: (?:${LANGKAH}))*)?)$`,
);
const STEP = new RegExp(`Diktum [A-Z]+|Lampiran|${BAB}|${LANGKAH}`, 'g');

/** True when `ref` is written as a clause of the decree. */
export function isKlausul(ref: string): boolean {
  return REF.test(ref);
}

/**
 * True when `ref` is `parent` or lies under it. Steps are compared whole,
 * so `angka 3` is not a parent of `angka 30`, and `BAB IV` is not one of
 * `BAB IV (Pemantauan dan Evaluasi)`.
 */
export function isUnder(ref: string, parent: string): boolean {
  // Both are well-formed clauses here, so each has at least one step.
  const steps = ref.match(STEP) as string[];
  const parentSteps = parent.match(STEP) as string[];
  return parentSteps.every((step, i) => steps[i] === step);
}
