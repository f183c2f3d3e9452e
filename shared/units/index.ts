export { levelOf, shortForm } from './abbreviations';
export { normaliseName, type Fold } from './normalise';
export { nameSimilarity } from './similarity';
export {
  GUESS_AT,
  resolveUnitName,
  SHORT_FORM_CONFIDENCE,
  UnitMatcher,
  type MatchHow,
  type MatchState,
  type Resolution,
  type ResolveOptions,
  type UnitCandidate,
  type UnitLike,
} from './match';
export { aliasConflict, type AliasConflict } from './alias-rule';
