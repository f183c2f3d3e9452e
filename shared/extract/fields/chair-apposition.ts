/**
 * The chair named before a post set off by commas, then the chair's act: "Mr Lee Bon Leong, the
 * "Chairman" of the Meeting, took the chair", "Dr. A Brown, President of the Society, presided".
 * Read from the act backwards, because the words just before the act are the post, not the person.
 */
import { alt } from '../lexicon/build';
import { EN_APPOSED_CHAIR, EN_HONORIFICS, EN_POST_WORDS } from '../lexicon/en';

const ACT = new RegExp(`,\\s{0,2}(?:${alt(EN_APPOSED_CHAIR.acts)})\\b`, 'gi');
/** The post between the commas: "the "Chairman" of the Meeting", "the Society's President", "Vice-Chair". */
const POST = new RegExp(`^(?:the\\s)?(?:[\\p{L}'’]{1,20}\\s){0,3}["“']?(?:acting\\s|deputy\\s|vice[- ]?)?(?:${alt(EN_APPOSED_CHAIR.posts)})["”']?(?:\\s(?:of|for)\\s[^,;:()]{1,60})?$`, 'iu');
const NAME_TOKEN = /^(?:\p{Lu}\.?|(?:\p{Lu}\.){1,3}(?:\p{Lu}[\p{Ll}'’-]+)?|\p{Lu}[\p{L}'’-]+)$/u;
const TITLES = new Set(EN_HONORIFICS.map((w) => w.toLowerCase().replace(/\.$/, '')));
const NOT_NAMES = new Set([...EN_POST_WORDS, 'the', 'meeting', 'minutes', 'item', 'society', 'company', 'club', 'association'].map((w) => w.toLowerCase()));

/** The person's name that ends `s`, titles before it dropped ("… Mr Lee Bon Leong" → "Lee Bon Leong"). */
function nameEnding(s: string): string | null {
  const toks = s.trim().split(/\s+/).slice(-5);
  const out: string[] = [];
  for (let k = toks.length - 1; k >= 0 && out.length < 4; k--) {
    const word = toks[k].replace(/^[(["“]+/, '');
    const bare = word.toLowerCase().replace(/\.$/, '');
    if (TITLES.has(bare) || !NAME_TOKEN.test(word) || NOT_NAMES.has(bare)) break;
    out.unshift(word);
    if (word !== toks[k]) break;
  }
  // A lone initial or a two-letter word is not a name.
  if (!out.length || (out.length === 1 && out[0].replace(/\.$/, '').length < 3)) return null;
  return out.join(' ');
}

export function chairApposed(text: string): { name: string; index: number } | null {
  ACT.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let tries = 0; tries < 8 && (m = ACT.exec(text)); tries++) {
    const from = Math.max(0, m.index - 120);
    const before = text.slice(from, m.index);
    const comma = before.lastIndexOf(',');
    if (comma < 0 || !POST.test(before.slice(comma + 1).trim())) continue;
    const name = nameEnding(before.slice(0, comma));
    if (name) return { name, index: from + before.lastIndexOf(name, comma) };
  }
  return null;
}

/**
 * The post first, then the person and the act: "The Chairperson of the PTA Executive Committee, Principal
 * Sir, Mr. Suresh Kumar Singh commenced the meeting". An aside of a few words may stand between them.
 */
const POST_FIRST = new RegExp(
  `\\bThe\\s(?:acting\\s|deputy\\s|vice[- ]?)?(?:${alt(EN_APPOSED_CHAIR.posts)})(?:\\s(?:of|for)\\s[^,;:()]{1,60})?,(?:\\s[^,;:()]{1,30},)?\\s((?:(?:${alt(EN_HONORIFICS)})\\.?\\s)?[^,;:()]{3,60}?),?\\s(?:${alt(EN_APPOSED_CHAIR.acts)})\\b`,
  'iu',
);

export function chairPostFirst(text: string): { name: string; index: number } | null {
  const m = POST_FIRST.exec(text);
  if (!m) return null;
  const name = nameEnding(m[1]);
  // The whole part must be the name with its honorific: not a clause ("… the members present opened").
  if (!name || !/^\p{Lu}/u.test(m[1]) || m[1].trim().split(/\s+/).length - name.split(/\s+/).length > 1) return null;
  return { name, index: m.index + m[0].indexOf(name) };
}

