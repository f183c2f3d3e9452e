import { browser } from 'wxt/browser';
import type { Message, Reply } from '../messages';

/**
 * Asks the background to do something only it may do (enroll, sync, sign out). With `timeoutMs`,
 * a background that has not answered by then counts as no answer, so a button someone waits on
 * does not stay busy; what the background still finishes shows through the database as usual.
 */
export async function send(message: Message, opts: { timeoutMs?: number } = {}): Promise<Reply> {
  const noAnswer: Reply = { ok: false, error: 'no-answer' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const asked = (browser.runtime.sendMessage(message) as Promise<Reply | undefined>).then((reply) => reply ?? noAnswer, () => noAnswer);
  if (opts.timeoutMs === undefined) return asked;
  const late = new Promise<Reply>((done) => (timer = setTimeout(() => done(noAnswer), opts.timeoutMs)));
  return Promise.race([asked, late]).finally(() => clearTimeout(timer));
}

/** Pushes new work soon; the result shows in Settings (sync status), so nobody waits on it here. */
export function requestSync(): void {
  void send({ type: 'sync' });
}
