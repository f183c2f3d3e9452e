/**
 * What the document model sees of a page: character uni/bi/trigrams of its folded text (Chinese)
 * and words and word pairs (English), each counted once, from the page's opening — where a
 * record's header, attendance and first items stand, and a story's byline or a notice's call.
 */
import { foldForGrams, hashString } from './features';

/** How much of the text is read, and how many buckets the features are hashed into. */
export const DOC_GRAMS = { span: 1500, dim: 1 << 14, tri: true };

/** The feature strings of a document's text (already folded to Simplified where it was Traditional). */
export function docFeatureStrings(text: string): string[] {
  const g = foldForGrams(text.slice(0, DOC_GRAMS.span));
  const f = new Set<string>(['bias']);
  const han = g.replace(/[^\u3400-\u9fff]+/g, ' ');
  for (const run of han.split(' ')) {
    for (let a = 0; a < run.length; a++) {
      f.add(`u:${run[a]}`);
      if (a + 1 < run.length) f.add(`b:${run.slice(a, a + 2)}`);
      if (DOC_GRAMS.tri && a + 2 < run.length) f.add(`t:${run.slice(a, a + 3)}`);
    }
  }
  const words = g.split(/[^a-z0]+/).filter((w) => w.length > 1);
  for (let a = 0; a < words.length; a++) {
    f.add(`w:${words[a]}`);
    if (a + 1 < words.length) f.add(`w2:${words[a]} ${words[a + 1]}`);
  }
  f.add(`lang:${han.replace(/\s/g, '').length * 2 > g.length ? 'zh' : 'en'}`);
  return [...f];
}

export function docFeatureIds(text: string, dim = DOC_GRAMS.dim): number[] {
  return [...new Set(docFeatureStrings(text).map((s) => hashString(s) % dim))];
}
