/**
 * A presider read as a post alone ("The chair opened the meeting", "Chairman: …" whose name did not
 * follow, "Chairperson" in a column of posts) names no one: the record does not say who presided, or
 * says it where the reader did not look. A post is never the presider's name; no reading is better
 * than one a clerk would have to strike out.
 */
import type { Hit } from './header';
import { isPost } from './people';

export function withoutBarePost(p: Hit<string> | null, lang: 'zh' | 'en'): Hit<string> | null {
  return p && lang === 'en' && isPost(p.value) ? null : p;
}
