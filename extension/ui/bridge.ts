import { browser } from 'wxt/browser';
import { withDeadline } from '../deadline';
import type { Message, Reply } from '../messages';

/**
 * Asks the background to do something only it may do (enroll, sync, sign out). With `timeoutMs`,
 * a background that has not answered by then counts as no answer, so a button someone waits on
 * does not stay busy; what the background still finishes shows through the database as usual.
 */
export async function send(message: Message, opts: { timeoutMs?: number } = {}): Promise<Reply> {
  const noAnswer: Reply = { ok: false, error: 'no-answer' };
  const asked = (async () => {
    try {
      return ((await browser.runtime.sendMessage(message)) as Reply | undefined) ?? noAnswer;
    } catch {
      return noAnswer;
    }
  })();
  return opts.timeoutMs === undefined ? asked : withDeadline(asked, opts.timeoutMs, noAnswer);
}

/** Pushes new work soon; the result shows in Settings (sync status), so nobody waits on it here. */
export function requestSync(): void {
  void send({ type: 'sync' });
}
