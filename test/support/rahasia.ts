import * as fc from 'fast-check';
import { ImpInputError } from '../../src/index.js';

/** A text standing for personal data: it must never reach a message. */
export const RAHASIA = 'SECRET-1234';

/** Any text that holds the marker somewhere. */
export const rahasiaTextArb = fc
  .tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }))
  .map(([before, after]) => `${before}${RAHASIA}${after}`);

class RahasiaClass {}
Object.defineProperty(RahasiaClass, 'name', { value: RAHASIA });

/**
 * Values of every kind that carry the marker in their texts and keys,
 * plus the shapes that tempt a message to print its input: a class name
 * read off the value, a number that is not finite.
 */
export const rahasiaArb = fc.oneof(
  rahasiaTextArb,
  fc.anything({
    key: rahasiaTextArb,
    values: [rahasiaTextArb, fc.integer()],
    maxDepth: 2,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withBoxedValues: true,
  }),
  fc.constant(
    Object.assign(Object.create(null), { constructor: { name: RAHASIA } }),
  ),
  fc.constant(new RahasiaClass()),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);

/**
 * Every text an input error shows, in both languages and in each one
 * alone. The issues' paths are left out: an unknown key stays in its path
 * by design, for the app to read.
 */
export function textsOf(error: ImpInputError): string[] {
  return [
    error.message,
    error.format('id'),
    error.format('en'),
    ...error.issues.flatMap((issue) => [issue.message.id, issue.message.en]),
  ];
}

/** Runs `fn` and returns the texts of the input error it throws, if any. */
export function errorTextsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImpInputError) return textsOf(error);
    throw error;
  }
  return [];
}
