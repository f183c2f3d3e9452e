import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractFromDocument } from '../../shared/extract';
import type { PageCapture } from '../background/capture';

/**
 * Injected only when the user clicks the toolbar button. It reads the page and returns the
 * extraction (plain data, no HTML) as the result of scripting.executeScript.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): PageCapture {
    return {
      url: location.href,
      title: document.title,
      draft: extractFromDocument(document, location.href),
    };
  },
});
