/**
 * A presider read as a post alone ("The chair opened the meeting", "Chairman: …" whose name did not
 * follow, "Chairperson" in a column of posts) names no one: the record does not say who presided, or
 * says it where the reader did not look. A post is never the presider's name; no reading is better
 * than one a clerk would have to strike out.
 */
import type { Hit } from './header';
import { isPost } from './people';

export function withoutBarePost(p: Hit<string> | null, lang: 'zh' | 'en'): Hit<string> | null {
  return p && ((lang === 'en' && isPost(p.value)) || notSomeone(p.value)) ? null : p;
}

/**
 * What a chair's cell or line held instead of a name: a time ("12:15~13:53"), a day or month
 * ("December", "下週"), the chair's words or ruling ("本席宣布開會", "裁示"). A Chinese name holds no digit; an English one may (a radio amateur's call sign, "Jake K0RQ").
 */
const NOT_SOMEONE = /\d{1,2}[:：]\d{2}|^[\d\s.]+$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$|^(?:裁示|裁决|裁決|指示|本席|下[週周]|上[週周]|本[週周])|宣布|开会|開會/i;

function notSomeone(v: string): boolean {
  return NOT_SOMEONE.test(v.trim()) || (/[\u3400-\u9fff]/.test(v) && /\d/.test(v));
}
