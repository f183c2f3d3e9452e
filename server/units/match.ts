import { Converter } from 'opencc-js/t2cn';
import { UnitMatcher, type Fold, type UnitLike } from '../../shared/units';

/** Traditional → Simplified, so 縣政府辦公室 finds 县政府办公室 (the same fold the extension uses). */
export const foldScript: Fold = Converter({ from: 'tw', to: 'cn' });

/** The service's matcher over a directory: the shared rules with the script fold. */
export const unitMatcher = <U extends UnitLike>(units: readonly U[]) => new UnitMatcher(units, { fold: foldScript });
