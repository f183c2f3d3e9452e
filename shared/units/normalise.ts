/**
 * How unit names are compared. A folding function (Traditional → Simplified, from opencc-js) is
 * passed in by the extension page or the service: the conversion table is too big for the content
 * script, and shared/ carries none.
 */
export type Fold = (s: string) => string;

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_SPACE = new RegExp(` ?([${CJK}]) ?`, 'g');

/**
 * The form names are compared in: NFKC (full-width letters, digits, spaces and brackets become plain
 * ones), Traditional folded to Simplified when a fold is given, lower case, runs of spaces as one,
 * and no space next to a CJK character ("县 林业局" = "县林业局").
 */
export function normaliseName(s: string, fold?: Fold): string {
  let t = s.normalize('NFKC');
  if (fold) {
    try {
      t = fold(t);
    } catch {
      // A fold that fails leaves the name as it is: matching stays possible in the printed script.
    }
  }
  return t.toLowerCase().replace(/\s+/g, ' ').trim().replace(CJK_SPACE, '$1');
}
