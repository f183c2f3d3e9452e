/**
 * The field half of extraction: a page's lines (from `readPage`, possibly read in another context
 * such as a content script) → MinutesDraft. segment, fields and result run here. Never throws.
 */
import type { MinutesDraft } from '../schemas/minutes';
import type { PageLines } from './page';
import { buildDraft, notMinutes } from './result/build';

export function draftFromPage(page: PageLines): MinutesDraft {
  try {
    if (page.kind === 'failed') return notMinutes(`extraction failed: ${page.error}`);
    if (page.kind === 'empty') return notMinutes('the page holds no readable content', 'zh', '', page.warnings);
    return buildDraft(
      { text: page.text, lines: page.lines },
      { warnings: page.warnings, titleHint: page.titleHint, wholePage: page.wholePage },
    );
  } catch (e) {
    return notMinutes(`extraction failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
