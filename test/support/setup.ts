import * as fc from 'fast-check';

// FC_NUM_RUNS and FC_SEED replay or deepen a property run without editing
// a test: FC_SEED=123 npm run test:unit.
const numRuns = Number(process.env.FC_NUM_RUNS ?? 100);
const seed =
  process.env.FC_SEED === undefined
    ? {}
    : {
        seed: Number(process.env.FC_SEED),
      };
fc.configureGlobal({ numRuns, ...seed });
