import { browser } from 'wxt/browser';
import type { Message, Reply } from '../messages';

/** Asks the background to do something only it may do (enroll, sync, sign out). */
export async function send(message: Message): Promise<Reply> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
    return reply ?? { ok: false, error: 'no-answer' };
  } catch {
    return { ok: false, error: 'no-answer' };
  }
}

/** Pushes new work soon; the result shows in Settings (sync status), so nobody waits on it here. */
export function requestSync(): void {
  void send({ type: 'sync' });
}
