/**
 * An English presider as read, cleaned of what is no part of a name: the words of a post or a sentence before it
 * ("Call to Reeve Lamb" → "Lamb", "After Mr. Morse" → "Morse", "Assistant Fire Chief Brian" → "Brian"), an aside after
 * it ("Simon Davies: unanimously" → "Simon Davies"); and nothing where only a post or a common word was read
 * ("Vice-Mayor", "Pro Tem", "Attendance", "There"). A clerk or secretary read as the chair is no chair either.
 */
import { EN_HONORIFICS, EN_ORG_ENDS, EN_POST_WORDS } from '../lexicon/en';

const POST = new Set([...EN_POST_WORDS, ...EN_HONORIFICS].map((w) => w.toLowerCase()));
/** Words a sentence or a list leaves before a name, and posts written joined ("Vice-Mayor", "Pro Tem"). */
const LEAD = new Set(['after', 'call', 'called', 'by', 'incoming', 'outgoing', 'immediate', 'past', 'elect', 'fire', 'pro', 'tem', 'vice-mayor', 'vice-chairman', 'vice-chair', 'vicechair', 'vice-chairperson', 'co-chair', 'rtn', 'ag', 'lion', 'organization', 'organisation', 'hon', 'hon.', 'his', 'her', 'worship', 'the']);
/** A word read where a name should be, that names no one. */
const NO_NAME = /^(?:there|attendance|present|absent|apologies|members?|minutes|meeting|motion|quorum|none|nil|all|everyone|unanimously|first|the|a|an)$/i;
/** A recorder's post before the name: the one who writes the record, not the one who chairs. */
const RECORDER = /^(?:recording\s+secretary|clerk|secretary|minute\s+taker|note-?taker)\b/i;

const isPost = (w: string) => {
  const k = w.toLowerCase().replace(/[.,:;]+$/, '');
  return POST.has(k) || LEAD.has(k);
};

/** Words naming a kind of body, printed before a post: "Assembly Chairman Dick Traini", "Village Board President Ann Lee". */
const BODY_WORD = new Set([...EN_ORG_ENDS, 'village', 'town', 'city', 'county', 'parish', 'borough', 'state'].map((w) => w.toLowerCase()));

/** Where a post preceded by its body's words ends ("Assembly Chairman …" → 2), or `k` where the words there are no body's post. */
function pastBodyPost(words: string[], k: number): number {
  let j = k;
  while (j < words.length && BODY_WORD.has(words[j].toLowerCase())) j++;
  return j > k && j < words.length - 1 && isPost(words[j]) ? j : k;
}

/** The name in an English presider's value, or null where none is there. */
export function presiderValueEn(value: string): string | null {
  if (RECORDER.test(value.trim())) return null;
  // An aside after the name: "Simon Davies: unanimously", "Benjamin - elected".
  const name = value
    .replace(/^[\s*•·-]+/, '')
    .replace(/\s*(?::|\s[-–—]\s).*$/, '')
    .trim();
  const words = name.split(/\s+/).filter(Boolean);
  let k = pastBodyPost(words, 0);
  // The body's post may be its recorder's ("Town Clerk Ann Lee").
  if (k > 0 && RECORDER.test(words[k])) return null;
  while (k < words.length - 1 && isPost(words[k])) k++;
  const rest = words.slice(k);
  // A trailing article or a word printed twice ("Rector The", "Steve Roessler Roessler").
  while (rest.length > 1 && /^(?:the|a|an)$/i.test(rest[rest.length - 1])) rest.pop();
  if (rest.length > 1 && rest[rest.length - 1] === rest[rest.length - 2]) rest.pop();
  if (!rest.length || rest.every(isPost) || (rest.length === 1 && (NO_NAME.test(rest[0]) || rest[0].length < 2))) return null;
  return rest.join(' ');
}
