import type { UnitRecord } from '../../shared/schemas';

/**
 * The form names are compared in: NFKC (full-width letters, digits and spaces become plain ones),
 * lower case, runs of spaces as one, and no space next to a CJK character ("县 林业局" = "县林业局").
 */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ ?([\u3000-\u303f\u3400-\u9fff\uf900-\ufaff]) ?/g, '$1');
}

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

export interface UnitCandidate {
  unit: UnitRecord;
  score: number;
}

export interface Resolution {
  match: UnitRecord | null;
  candidates: UnitCandidate[];
}

const namesOf = (u: UnitRecord) => [u.id, u.name, ...u.aliases].map(normaliseName);

/**
 * A name as written on a distribution list → the unit it means. `match` is the one unit whose id,
 * name or alias equals it once normalised (null when none, or when several do); `candidates` are the
 * closest units, best first, for a person to choose from.
 */
export function resolveUnitName(units: UnitRecord[], name: string, opts: { min?: number; max?: number } = {}): Resolution {
  const wanted = normaliseName(name);
  const exact = units.filter((u) => namesOf(u).includes(wanted));
  if (exact.length === 1) return { match: exact[0], candidates: [{ unit: exact[0], score: 1 }] };
  const scored = units
    .map((unit) => ({ unit, score: Math.max(0, ...namesOf(unit).map((n) => nameSimilarity(wanted, n))) }))
    .filter((c) => c.score >= (opts.min ?? 0.3))
    .sort((a, b) => b.score - a.score || a.unit.id.localeCompare(b.unit.id));
  return { match: null, candidates: scored.slice(0, opts.max ?? 5) };
}
