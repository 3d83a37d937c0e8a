/**
 * A short text in the two languages the library speaks: Bahasa Indonesia
 * (`id`) and English (`en`). Every label, reason and message is one.
 *
 * @example
 * // The label of the PUS status in both languages
 * const label: Label = { id: 'Pasangan Usia Subur', en: 'Couple of ' +
 *   'reproductive age' };
 * label.en;
 * //=> 'Couple of reproductive age'
 *
 * @category Citations and labels
 */
export type Label = {
  /** The text in Bahasa Indonesia. */
  readonly id: string;
  /** The text in English. */
  readonly en: string;
};
