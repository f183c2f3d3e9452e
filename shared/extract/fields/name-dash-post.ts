/**
 * One attendee a line, the person first and their body and post after a spaced dash ("Yuriy Artamonov
 * – JetBrains, Microservices Fellow", "Reza Garrow – Unity Foundation – Senior Manager"): the commas
 * after the dash belong to the post, so the person is the words before the dash, not a part after a comma.
 */

/** Two to four words, no comma or bracket, then a spaced dash and the rest. */
const HEAD_DASH_REST = /^[\s•*]{0,3}((?:[^\s–—\-,()]{1,20}\s){1,3}[^\s–—\-,()]{1,20})\s[-–—]\s{1,3}\S/;

/** The words before the dash, for the caller to check as a name; null when the line has no such shape. */
export function headBeforeDash(item: string): string | null {
  return item.match(HEAD_DASH_REST)?.[1] ?? null;
}
