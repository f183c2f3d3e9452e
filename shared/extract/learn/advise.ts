/**
 * Where the segment stage asks the line model, when one is installed (none is by default: the
 * pipeline is the rules alone). It only fills what the rules leave open: a document with no line
 * carrying a minutes mark near its top gets, as its metadata title, the line the model is surest
 * is a heading — a reading the title field takes last and at a low confidence.
 */
import type { SegLine } from '../segment/segment';
import { TITLE_MARK_EN, TITLE_MARK_ZH } from '../segment/markers';
import { featureIds } from './features';
import { scores, type LineModel } from './model';
import { viewOf } from './view';

let installed: LineModel | null = null;
/** How sure the model must be before its reading is used. */
let threshold = 0.9;

/** Installs (or, with null, removes) the model the segment stage asks. */
export function installLineModel(model: LineModel | null, sure = 0.9): void {
  installed = model;
  threshold = sure;
}

const HEADER_SPAN = 30;

export function adviseLines(lines: SegLine[], lang: string): void {
  const model = installed;
  if (!model) return;
  const top = lines.slice(0, HEADER_SPAN);
  if (top.some((l) => TITLE_MARK_ZH.test(l.text) || TITLE_MARK_EN.test(l.text) || (l.kind === 'meta' && l.label?.kind === 'title'))) return;
  const heading = model.classes.indexOf('heading');
  const views = lines.map(viewOf);
  let best: { l: SegLine; p: number } | null = null;
  for (const l of top) {
    if (l.kind !== 'text' || l.num || l.text.length > 120) continue;
    const p = scores(model, featureIds(views, l.i, lang, model.dim))[heading];
    if (p >= threshold && (!best || p > best.p)) best = { l, p };
  }
  if (best) {
    best.l.kind = 'meta';
    best.l.label = { kind: 'title', label: '', value: best.l.text, valueAt: 0 };
  }
}
