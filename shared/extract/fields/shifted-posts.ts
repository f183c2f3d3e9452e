/**
 * A roll of "Name, Post" pairs run together with nothing between one pair and the next ("Laurie Boggess,
 * Chair Robert Salmonson, Member Mary Finnegan, Member Gina Fast, Executive Director"): cut at its commas it
 * reads as "Post Name" items, each post given to the wrong person. The roll shows its shape at both ends: its
 * first item a name with no post, its last a post with no name. Such a roll is given back as "Name (Post)" items.
 */

/** How a person's name and a post's word are told: fields/people.ts's own readings, passed in so this file does not import it back. */
export interface RollWords {
  looksLikeEnName: (s: string) => boolean;
  hasPostWord: (s: string) => boolean;
}

/** "Executive Director Billi Jo Jones" → post "Executive Director", name "Billi Jo Jones": the post ends at its last post word. */
function postThenName(part: string, { looksLikeEnName, hasPostWord }: RollWords): { post: string; name: string } | null {
  const toks = part.trim().split(/\s+/);
  let k = -1;
  for (let i = 0; i < toks.length - 1; i++) if (hasPostWord(toks[i])) k = i;
  if (k < 0) return null;
  const name = toks.slice(k + 1).join(' ');
  return toks.length - k - 1 >= 2 && looksLikeEnName(name) && !hasPostWord(name) ? { post: toks.slice(0, k + 1).join(' '), name } : null;
}

/** The roll as "Name (Post)" items where it has the shape above; as printed otherwise. */
export function withShiftedPosts(value: string, words: RollWords): string {
  const { looksLikeEnName, hasPostWord } = words;
  // Pairs parted by a line break or a semicolon are printed apart already, each read as it stands.
  if (/[\n;]/.test(value)) return value;
  const parts = value.split(/,\s+/);
  if (parts.length < 4) return value;
  const first = parts[0].trim();
  const last = parts[parts.length - 1].trim().replace(/\.$/, '');
  if (!looksLikeEnName(first) || hasPostWord(first) || !hasPostWord(last) || postThenName(last, words) || last.split(/\s+/).length > 6) return value;
  const middle = parts.slice(1, -1).map((p) => postThenName(p, words));
  // Most items read as a post and a name; one whose post is a word of no list ("Compliance Catrina Mairose") keeps its last two words for the name.
  const read = middle.filter(Boolean).length;
  if (read < Math.max(2, Math.ceil(middle.length * 0.75))) return value;
  const pairs = middle.map((m, i) => m ?? ((toks) => (toks.length >= 3 ? { post: toks.slice(0, -2).join(' '), name: toks.slice(-2).join(' ') } : null))(parts[i + 1].trim().split(/\s+/)));
  if (pairs.some((p) => !p)) return value;
  const names = [first, ...pairs.map((p) => p!.name)];
  const posts = [...pairs.map((p) => p!.post), last];
  return names.map((n, i) => `${n} (${posts[i]})`).join(', ');
}
