/**
 * A title read off a field line rather than a heading: a front matter's or a document system's key and its
 * value (":slug: fedora-tour-meeting-minutes-…", "Document type: Minutes"), or a key with one word after it
 * ("Minutes: Jade"). The record's heading is elsewhere or nowhere: a reading below the confident level.
 * (A "title:" key names the title and is read by its value: fields/header.ts keyedTitle.)
 */
import type { Hit } from './header';

/** A reStructuredText field (":slug:") or a key a page's metadata uses for other things than the title. */
const FIELD_KEY = /^:[\w-]+:\s|^(?:slug|document\s+type|doc\s+type|type|category|categories|tags?|layout|permalink|id|name|author|status)\s*[:：]/i;
/** A short key, then one word of letters ("Minutes: Jade"). */
const KEY_ONE_WORD = /^[^:：]{1,24}[:：]\s*\p{L}+$/u;

export function fieldLineTitle(t: Hit<string> | null, lang: 'zh' | 'en'): Hit<string> | null {
  if (!t || !(FIELD_KEY.test(t.value) || (lang === 'en' && KEY_ONE_WORD.test(t.value)))) return t;
  return { ...t, confidence: Math.min(t.confidence, 0.6) };
}
