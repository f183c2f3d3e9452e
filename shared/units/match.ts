import { levelOf, shortForm } from './abbreviations';
import { normaliseName, type Fold } from './normalise';
import { nameSimilarity } from './similarity';

/** What a printed name became: one unit for sure, one unit by a rule or likeness, or none. */
export type MatchState = 'matched' | 'guessed' | 'unknown';
/** Which of the unit's names it met: its id, name or an alias as written, a short form, or a likeness. */
export type MatchHow = 'id' | 'name' | 'alias' | 'short' | 'similar';

export interface UnitLike {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface UnitCandidate<U extends UnitLike = UnitLike> {
  unit: U;
  score: number;
}

export interface Resolution<U extends UnitLike = UnitLike> {
  state: MatchState;
  /** The unit it maps to (matched or guessed); null when unknown. */
  match: U | null;
  /** 1 for a name the directory holds; below 1 for a guess; 0 for none. */
  confidence: number;
  how: MatchHow | null;
  /** The closest units, best first, for a person to choose from. */
  candidates: UnitCandidate<U>[];
}

/** A rule-made short form that meets exactly one unit ("县发改局" for 县发展和改革局). */
export const SHORT_FORM_CONFIDENCE = 0.9;
/** A likeness at least this high, clearly ahead of the next unit, is offered as a guess. */
export const GUESS_AT = 0.75;
const GUESS_MARGIN = 0.05;

interface Entry<U> {
  unit: U;
  /** id, name and aliases, normalised, with which one each is. */
  names: { key: string; how: 'id' | 'name' | 'alias' }[];
  shorts: string[];
  /** The level its own name starts with (县, 市 …), if any. */
  level: string | null;
}

export interface ResolveOptions {
  fold?: Fold;
  /** Candidates scoring below this are not listed (default 0.3). */
  min?: number;
  /** At most this many candidates (default 5). */
  max?: number;
}

/**
 * A directory prepared for matching: every unit's names normalised and shortened once, so each
 * printed name costs one pass over the units.
 */
export class UnitMatcher<U extends UnitLike = UnitLike> {
  private readonly entries: Entry<U>[];
  private readonly exact = new Map<string, Set<Entry<U>>>();
  private readonly short = new Map<string, Set<Entry<U>>>();

  constructor(
    units: readonly U[],
    private readonly opts: ResolveOptions = {},
  ) {
    this.entries = units.map((unit) => {
      const names = [
        { key: normaliseName(unit.id, opts.fold), how: 'id' as const },
        { key: normaliseName(unit.name, opts.fold), how: 'name' as const },
        ...unit.aliases.map((a) => ({ key: normaliseName(a, opts.fold), how: 'alias' as const })),
      ].filter((n) => n.key);
      const shorts = [...new Set(names.filter((n) => n.how !== 'id').map((n) => shortForm(n.key)).filter(Boolean))];
      return { unit, names, shorts, level: levelOf(shortForm(normaliseName(unit.name, opts.fold))) };
    });
    for (const e of this.entries) {
      for (const n of e.names) add(this.exact, n.key, e);
      for (const s of e.shorts) add(this.short, s, e);
    }
  }

  resolve(printed: string): Resolution<U> {
    const wanted = normaliseName(printed, this.opts.fold);
    const none: Resolution<U> = { state: 'unknown', match: null, confidence: 0, how: null, candidates: [] };
    if (!wanted) return none;
    // A name the directory holds (an alias a clerk or admin taught it included) wins over any guess.
    const exact = [...(this.exact.get(wanted) ?? [])];
    if (exact.length === 1) {
      const how = exact[0].names.find((n) => n.key === wanted)!.how;
      return { state: 'matched', match: exact[0].unit, confidence: 1, how, candidates: [{ unit: exact[0].unit, score: 1 }] };
    }
    const ranked = this.rank(wanted);
    if (exact.length > 1) return { ...none, candidates: ranked };
    const short = shortForm(wanted);
    const byShort = [...(this.short.get(short) ?? [])];
    if (byShort.length === 1) {
      const unit = byShort[0].unit;
      return { state: 'guessed', match: unit, confidence: SHORT_FORM_CONFIDENCE, how: 'short', candidates: ranked };
    }
    const [first, second] = ranked;
    if (byShort.length === 0 && first && first.score >= GUESS_AT && (!second || second.score <= first.score - GUESS_MARGIN)) {
      const confidence = Math.round(first.score * SHORT_FORM_CONFIDENCE * 100) / 100;
      return { state: 'guessed', match: first.unit, confidence, how: 'similar', candidates: ranked };
    }
    return { ...none, candidates: ranked };
  }

  /** Units by likeness to the name (printed or short form), best first; another level scores low. */
  private rank(wanted: string): UnitCandidate<U>[] {
    const short = shortForm(wanted);
    const level = levelOf(short);
    return this.entries
      .map((e) => {
        let score = 0;
        for (const n of e.names) score = Math.max(score, nameSimilarity(wanted, n.key));
        for (const s of e.shorts) score = Math.max(score, nameSimilarity(short, s));
        // 县林业局 is not 市林业局: a unit of another level is a candidate, never a guess.
        if (level && e.level && level !== e.level) score = Math.min(score, 0.5);
        return { unit: e.unit, score };
      })
      .filter((c) => c.score >= (this.opts.min ?? 0.3))
      .sort((a, b) => b.score - a.score || a.unit.id.localeCompare(b.unit.id))
      .slice(0, this.opts.max ?? 5);
  }
}

function add<E>(m: Map<string, Set<E>>, k: string, e: E) {
  const s = m.get(k);
  if (s) s.add(e);
  else m.set(k, new Set([e]));
}

/** One printed name against a directory (prepare a UnitMatcher to resolve many). */
export function resolveUnitName<U extends UnitLike>(units: readonly U[], printed: string, opts: ResolveOptions = {}): Resolution<U> {
  return new UnitMatcher(units, opts).resolve(printed);
}
