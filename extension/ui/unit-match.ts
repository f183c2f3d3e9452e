import { Converter } from 'opencc-js/t2cn';
import { UnitMatcher, type Resolution, type UnitLike } from '../../shared/units';
import type { CirculateDb } from '../db';

// The shared matching rules (shared/units) in the extension's pages, with the Traditional →
// Simplified fold (too big for the content script, so it is loaded here, in the page that matches).

let converter: ((s: string) => string) | undefined;
const fold = (s: string) => (converter ??= Converter({ from: 'tw', to: 'cn' }))(s);

const matchers = new WeakMap<readonly UnitLike[], UnitMatcher>();

/** One matcher per directory list (live queries hand a new list on each change). */
export function matcherFor<U extends UnitLike>(units: readonly U[]): UnitMatcher<U> {
  let m = matchers.get(units);
  if (!m) {
    m = new UnitMatcher(units, { fold });
    matchers.set(units, m);
  }
  return m as UnitMatcher<U>;
}

export const resolveName = <U extends UnitLike>(name: string, units: readonly U[]): Resolution<U> => matcherFor(units).resolve(name);

/** A unit in the Capture view: the directory's, or one this unit proposed and is pending. */
export interface Target extends UnitLike {
  id: string;
  name: string;
  aliases: string[];
  /** Set for a proposed unit waiting for an admin. */
  pending?: boolean;
}

/** The directory plus this unit's pending proposals, by name. */
export async function targetsOf(db: CirculateDb): Promise<Target[]> {
  const [units, proposals] = await Promise.all([db.units.orderBy('name').toArray(), db.proposals.where('status').equals('pending').toArray()]);
  const live = new Set(units.map((u) => u.id));
  const pending = proposals.filter((p) => !live.has(p.id)).map((p): Target => ({ id: p.id, name: p.name, aliases: [], pending: true }));
  return [...units.map((u): Target => ({ id: u.id, name: u.name, aliases: u.aliases })), ...pending];
}
