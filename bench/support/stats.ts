/** Small helpers for timing and printing benchmark figures. */

export const now = () => Number(process.hrtime.bigint()) / 1e6;

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = now();
  const r = await fn();
  return [r, now() - t];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

/** One `name: ratio` line, with what it is measured against after it. */
export function report(name: string, ratio: number, note = '') {
  // Two decimals, or two significant digits for a ratio too small to show in two decimals.
  const shown = !Number.isFinite(ratio) ? 'n/a' : ratio >= 0.1 || ratio === 0 ? ratio.toFixed(2) : ratio.toPrecision(2);
  console.log(`${name}: ${shown}${note ? `  (${note})` : ''}`);
}

export const seconds = (fallback: number) => {
  const s = Number(process.env.BENCH_SECONDS);
  return Number.isFinite(s) && s > 0 ? s : fallback;
};
