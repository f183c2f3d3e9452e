import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';
import zh from '../public/_locales/zh_CN/messages.json';

export type MessageKey = keyof typeof en;

/** 'auto' follows the browser's language (browser.i18n); the others are the user's choice in Settings. */
export type Language = 'auto' | 'zh_CN' | 'en';
export const LANGUAGE_KEY = 'ui.language';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const BUNDLED: Record<Exclude<Language, 'auto'>, Record<string, Entry>> = { en, zh_CN: zh };

let chosen: Language = 'auto';

export function setLanguage(lang: Language): void {
  chosen = lang;
}

export function currentLanguage(): Language {
  return chosen;
}

/** A UI string in the chosen language, else the browser's (zh_CN by default, en), else the key. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  if (chosen !== 'auto') {
    const entry = BUNDLED[chosen][key];
    if (entry) return substitute(entry, substitutions);
  }
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

/** browser.i18n's substitution rules: $NAME$ → the placeholder's content, whose $1..$9 are the arguments. */
export function substitute(entry: Entry, substitutions?: string | string[]): string {
  const args = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, d: string) => args[Number(d) - 1] ?? '');
  });
}
