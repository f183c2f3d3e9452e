import { createHash } from 'node:crypto';
import type { Mutation } from '../../shared/schemas';

/** JSON with object keys sorted at every level, so the same content always gives the same text. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

/**
 * What a mutation asks for (its type and checked payload, defaults filled in, unknown fields
 * dropped), hashed: a retry has the same hash, an id reused for something else does not.
 */
export const mutationContentHash = (m: Mutation) => createHash('sha256').update(canonical({ type: m.type, payload: m.payload })).digest('hex');
