import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { looksLikeMinutes } from '../detect/minutes-marker';

/**
 * Runs only on the portal sites the user listed in Settings and granted access to (registered at
 * runtime by the background). It reads nothing but whether the page looks like minutes, and says so.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main() {
    void browser.runtime.sendMessage({ type: 'minutesSeen', found: looksLikeMinutes(document) }).catch(() => undefined);
  },
});
