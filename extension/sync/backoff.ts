export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/**
 * Delay before the next try after `failures` failures in a row: exponential, capped, with jitter
 * (between half and all of the step) so many devices coming back online do not retry in lockstep.
 */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  if (failures <= 0) return 0;
  const step = Math.min(BACKOFF_BASE_MS * 2 ** (failures - 1), BACKOFF_MAX_MS);
  return Math.round(step / 2 + (step / 2) * random());
}
