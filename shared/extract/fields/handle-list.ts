/**
 * Attendance a chat-logged meeting records by its members' handles ("Present: AndyS, Dominik_T, fabio,
 * gkellogg, olaf_, TallTed", W3C's and other IRC-scribed minutes): no item reads as a person's name, so the
 * name reader dropped them all. A list whose every item is one handle-shaped word, some in a handle's own
 * form (lower case, an underscore, a digit, a capital inside), is the list of those there, as printed.
 */
const HANDLE = /^[A-Za-z][A-Za-z0-9_-]{1,24}$/;
/** What only a handle has: all lower case ("fabio"), an underscore or digit ("olaf_"), a capital inside a word ("TallTed"). */
const HANDLE_ONLY = /^[a-z][a-z0-9_-]+$|[_0-9]|^[A-Z]?[a-z]+[A-Z]/;

export function handleList(value: string): string[] | null {
  // A quick look first: a list of handles is short, and its items hold no spaces.
  if (value.length > 2000) return null;
  const items = value
    .trimEnd()
    .replace(/[.;]$/, '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  if (items.length < 3 || !items.every((x) => HANDLE.test(x))) return null;
  // Most must be handles by their form; a few plain names ("Dave") sit among them as handles too.
  if (items.filter((x) => HANDLE_ONLY.test(x)).length * 2 < items.length) return null;
  return items;
}
