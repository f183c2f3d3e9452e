/**
 * The field half of extraction: a page's lines (from `readPage`, possibly read in another context
 * such as a content script) → MinutesDraft. segment, fields and result run here, and the
 * Traditional→Simplified folding when one is passed in. Never throws.
 */
import type { MinutesDraft } from '../schemas/minutes';
import type { Linear } from './linearize/lines';
import type { PageLines } from './page';
import { buildDraft, notMinutes, type BuildOptions } from './result/build';
import { foldLinear, type Fold } from './text/fold';
import { unspaceLinear } from './text/unspace';
import { unglossLinear } from './text/gloss';

export interface DraftOptions {
  /**
   * Folds the text before matching, character for character (Traditional → Simplified script:
   * opencc-js `Converter({ from: 'tw', to: 'cn' })`), so the Simplified patterns read Traditional
   * records too; values are given back as printed. Passed in, so the caller decides whether to load
   * a conversion table.
   */
  fold?: Fold;
}

/**
 * Builds the draft over the folded lines when a folding is given, over the printed ones otherwise;
 * over the lines without their spaces when a PDF's text printed one between every Chinese character.
 */
export function draftFromLines(printedLin: Linear, options: DraftOptions = {}, opts: BuildOptions = {}): MinutesDraft {
  const spacedOut = unspaceLinear(printedLin) ?? printedLin;
  // Pinyin glosses beside the characters ("會(huì)議") are read without, and given back as printed.
  const glossed = unglossLinear(spacedOut);
  const lin = glossed?.lin ?? spacedOut;
  const folded = options?.fold ? foldLinear(lin, options.fold) : null;
  if (!folded && !glossed) return buildDraft(lin, opts);
  const unfold = (s: string) => (glossed ? glossed.unfold(folded ? folded.unfold(s) : s) : folded!.unfold(s));
  return buildDraft(folded?.lin ?? lin, { ...opts, printed: { text: glossed?.printed ?? folded!.printed, unfold, at: glossed?.at } });
}

export function draftFromPage(page: PageLines, options: DraftOptions = {}): MinutesDraft {
  try {
    if (page.kind === 'failed') return notMinutes(`extraction failed: ${page.error}`);
    if (page.kind === 'empty') return notMinutes('the page holds no readable content', 'zh', '', page.warnings);
    return draftFromLines({ text: page.text, lines: page.lines }, options, {
      warnings: page.warnings,
      titleHint: page.titleHint,
      wholePage: page.wholePage,
    });
  } catch (e) {
    return notMinutes(`extraction failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
