import { ImpInputError } from '../../src/index.js';

/**
 * Runs `fn`, expects the library's input error, and returns its issues as
 * code and path only: tests assert those, not the prose.
 */
export function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof ImpInputError)) throw error;
    return error.issues.map(({ code, path }) => ({ code, path }));
  }
  throw new Error('expected an ImpInputError, but the call returned');
}
