import { configure } from '@testing-library/preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../extension/public/_locales/en/messages.json';
import type { Message, Reply } from '../../extension/messages';
import { setLanguage, substitute } from '../../extension/ui/i18n';
import type { CirculateDb } from '../../extension/db';
import { saveEnrollment, type Enrollment } from '../../extension/enrollment';

// Waits are for conditions; on a loaded machine a view may take more than the default second.
configure({ asyncUtilTimeout: 10_000 });

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** Makes browser.i18n.getMessage answer from the English messages; the UI follows the browser. */
export function installEnglish(): void {
  setLanguage('auto');
  const messages = en as Record<string, Entry>;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    messages[key] ? substitute(messages[key], subs) : '') as never);
}

export const CLERK: Enrollment = {
  server: 'https://svc.test',
  deviceName: 'desk',
  user: { id: 'user-1', role: 'clerk', unitId: 'u-office' },
  state: 'enrolled',
};

export async function setProfile(db: CirculateDb, p: Enrollment): Promise<void> {
  await saveEnrollment(db, p);
}

/** Records the messages pages send to the background and answers them. */
export function answerMessages(reply: (m: Message) => Reply | Promise<Reply> = () => ({ ok: true })): Message[] {
  const got: Message[] = [];
  fakeBrowser.runtime.onMessage.addListener(((m: Message) => {
    got.push(m);
    return Promise.resolve(reply(m));
  }) as never);
  return got;
}

/**
 * Lets Preact run the effects it scheduled after paint (a 35 ms timer or an animation frame) before
 * the DOM environment is torn down, which would otherwise leave the timer calling a missing global.
 */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 60));
}
