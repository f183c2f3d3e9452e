const bigrams = (s: string): string[] => {
  const t = s.replace(/ /g, '');
  if (t.length < 2) return t ? [t] : [];
  return Array.from({ length: t.length - 1 }, (_, i) => t.slice(i, i + 2));
};

/** Dice coefficient of the two strings' character bigrams (0…1); counts repeated bigrams once each. */
function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.length || !y.length) return 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * How alike two normalised names are (0…1). One containing the other ("县林业局" and "林业局", "the
 * forestry bureau" and "forestry bureau") scores at least 0.6, more the closer their lengths are.
 */
export function nameSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const contained = short.replace(/ /g, '').length >= 2 && long.includes(short) ? 0.6 + 0.4 * (short.length / long.length) : 0;
  return Math.round(Math.max(contained, dice(a, b)) * 1000) / 1000;
}
