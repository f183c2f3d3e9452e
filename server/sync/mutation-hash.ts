import { hash } from 'node:crypto';
import type { Mutation } from '../../shared/schemas';

/** JSON with object keys sorted at every level, so the same content always gives the same text. */
function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + canonical(v[i]);
    return `${out}]`;
  }
  const o = v as Record<string, unknown>;
  // Keys sort by code unit, as the comparison of strings does.
  const keys = Object.keys(o).sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    if (o[k] === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(k)}:${canonical(o[k])}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * What a mutation asks for (its type and checked payload, defaults filled in, unknown fields
 * dropped), hashed: a retry has the same hash, an id reused for something else does not.
 */
export const mutationContentHash = (m: Mutation) => hash('sha256', canonical({ type: m.type, payload: m.payload }), 'hex');
