import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** A UI string in the browser's language (zh_CN by default, en), or the key if none is found. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    // Typed loosely on purpose: the key type comes from our own messages.json, not generated files.
    const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string;
    const m = getMessage(key, substitutions);
    if (m) return m;
  } catch {
    // Outside an extension (tests) there is no i18n API.
  }
  return key;
}
