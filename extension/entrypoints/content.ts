import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
// Only the page half of the extractor (locate + linearize): the field stages and the
// Traditional→Simplified folding run in the background on the lines this returns, which keeps
// this script small and quick to inject. Nothing here may import shared/extract/index.
import { readPage } from '../../shared/extract/page';
import { clearHighlight, highlightQuote } from '../page/highlight';
import type { PageFailure, PageRead } from '../messages';
import { PageMessage } from '../page/page-message';
import { PATTERNS_GLOBAL, ProfilePatterns } from '../page/patterns-global';

/**
 * Injected only when the user clicks the toolbar button. It reads the page into lines (plain data,
 * no HTML) and returns them as the result of scripting.executeScript. It then stays to show, when
 * the background asks, where a field came from on the page.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): PageRead | PageFailure {
    listenForHighlights();
    try {
      return { url: location.href, title: document.title, page: readPage(document, location.href, { profilePatterns: profilePatterns() }) };
    } catch (err) {
      // Loud, and nothing lost: the page's text goes back for the clerk to enter the minutes by hand.
      return {
        url: location.href,
        title: document.title,
        text: document.body?.innerText ?? document.body?.textContent ?? '',
        error: err instanceof Error ? err.message : String(err),
      };
    }
  },
});

/** Patterns the background set just before this script ran (see background/capture.ts). */
function profilePatterns(): ProfilePatterns {
  const parsed = ProfilePatterns.safeParse((globalThis as Record<string, unknown>)[PATTERNS_GLOBAL]);
  return parsed.success ? parsed.data : {};
}

const LISTENING = Symbol.for('circulate.highlighter');

/** Once per page, however many times the script is injected. Only this extension can message it. */
function listenForHighlights(): void {
  const g = globalThis as { [LISTENING]?: boolean };
  if (g[LISTENING]) return;
  g[LISTENING] = true;
  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = PageMessage.safeParse(raw);
    if (!msg.success) return undefined;
    if (msg.data.type === 'circulate.clearHighlight') {
      clearHighlight(document);
      return Promise.resolve({ found: false });
    }
    return Promise.resolve({ found: highlightQuote(document, msg.data.quote, msg.data.prefix, msg.data.suffix) });
  });
}
