/**
 * Property tests are seeded: a failure found once is found on every run (issue 8: unseeded
 * generators caught a rule bug in 3 of 6 runs). Change the seed with ITHOJO_SEED to search anew.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.ITHOJO_SEED ?? 20261201) });
