/**
 * Seeds every run scores besides a fresh one: pages the detector once failed on stay in the check. Add the seed
 * of a failing run here once its class is fixed.
 */
export const REGRESSION_SEEDS: readonly number[] = [1, 2, 3, 4, 5, 6, 2056050405, 1070460646];

/** Pages per seed in `npm run eval:detect`; the unit run reads fewer. */
export const EVAL_PAGES = 300;
