import { UnitMatcher, type UnitLike } from './match';
import type { Fold } from './normalise';

export type AliasConflict =
  /** The name is already one of another unit's names. */
  | { kind: 'taken'; unitId: string }
  /** The directory reads the name as another unit (by a short form or a likeness). */
  | { kind: 'redirect'; unitId: string };

/**
 * Whether giving `unitId` the name `alias` would take a name away from another unit. A name that
 * is already another unit's is refused to everyone; one the directory would read as another unit
 * ("县发改局" while 县发展和改革局 exists) only an admin may point elsewhere, so one clerk cannot
 * redirect another office's copies. A name read as this unit, or as none, is free.
 */
export function aliasConflict(units: readonly UnitLike[], unitId: string, alias: string, fold?: Fold): AliasConflict | null {
  const r = new UnitMatcher(units, { fold }).resolve(alias);
  if (r.state === 'matched' && r.match && r.match.id !== unitId) return { kind: 'taken', unitId: r.match.id };
  if (r.state === 'unknown' && r.candidates.some((c) => c.score === 1 && c.unit.id !== unitId)) {
    // Several units already hold the name: it is taken whichever one this is.
    return { kind: 'taken', unitId: r.candidates.find((c) => c.unit.id !== unitId)!.unit.id };
  }
  if (r.state === 'guessed' && r.match && r.match.id !== unitId) return { kind: 'redirect', unitId: r.match.id };
  return null;
}
