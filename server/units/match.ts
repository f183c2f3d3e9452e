import { createRequire } from 'node:module';
import { UnitMatcher, type Fold, type UnitLike } from '../../shared/units';

// The conversion table is loaded on the first fold, not when the module is imported: every admin
// command imports storage, and most never match a name.
const load = createRequire(import.meta.url);
let convert: Fold | undefined;

/** Traditional → Simplified, so 縣政府辦公室 finds 县政府办公室 (the same fold the extension uses). */
export const foldScript: Fold = (s) => {
  convert ??= (load('opencc-js/t2cn') as typeof import('opencc-js/t2cn')).Converter({ from: 'tw', to: 'cn' });
  return convert(s);
};

/** The service's matcher over a directory: the shared rules with the script fold. */
export const unitMatcher = <U extends UnitLike>(units: readonly U[]) => new UnitMatcher(units, { fold: foldScript });
