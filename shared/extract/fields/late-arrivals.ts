import { readEnAttendance, plausibleName } from './people';
import type { SegLine } from '../segment/segment';

/**
 * A person the body says came in after the roll was taken: "Evans entered the meeting at 6:13 p.m.",
 * "Sarah Gassaway, Chair, arrived at 1:25 P.M.", "Councillor Gail Tucker joined the meeting". They
 * attended. The name's words run up to the verb, a post between commas allowed; a post alone ("The
 * Mayor arrived") names no one.
 */
const ARRIVED =
  /((?:(?:(?:Mr|Mrs|Ms|Dr|Prof|Cllr)\.?|Miss|Councillor|Commissioner|Trustee|Director|Member|Alderman|Supervisor|Senator|Professor)\s+)?(?:[A-Z](?:[a-z'’-]+|\.)\s+){0,2}[A-Z][a-z'’-]+(?:-[A-Z][a-z]+)?)(?:,\s*[^,.;()\n]{2,40},)?\s+(?:arrived\s+(?:at|late|during|in)\b|entered\s+the\s+meeting\b|joined\s+the\s+meeting\b|arrived\s*[.;(])/g;

/** Those come in late, named in the body and not yet in `names` (a surname already there is the same person). */
export function lateArrivals(lines: readonly SegLine[], names: readonly string[]): string[] {
  const out: string[] = [];
  const known = (n: string) => {
    const last = n.split(/\s+/).pop()!.toLowerCase();
    return [...names, ...out].some((x) => x.toLowerCase().split(/\s+/).includes(last));
  };
  for (const l of lines) {
    if (l.kind === 'chrome' || l.kind === 'meta') continue;
    for (const m of l.text.matchAll(ARRIVED)) {
      const name = readEnAttendance(m[1]).names[0];
      if (name && plausibleName(name) && /^\p{Lu}/u.test(name) && !known(name)) out.push(name);
    }
  }
  return out;
}
