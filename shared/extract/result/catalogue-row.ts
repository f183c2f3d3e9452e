/**
 * A disclosure catalogue's particulars printed as a row of the text ("公开类别 | 主动公开 | 发布时间 |
 * 2020-01-16 |", "公开方式 主动公开 公开范围 面向社会"): the portal's, not the document's heading. With no
 * colon after its keys it reads as a line of text, and the verdict took it into the title it weighs,
 * so a title's end ("…社代会报告") was lost in it.
 */
import { alt } from '../lexicon/build';
import { ZH_CATALOGUE_KEYS } from '../lexicon/zh';

const KEY = new RegExp(alt(ZH_CATALOGUE_KEYS), 'g');

/** Two catalogue keys or more on one short line. */
export function isCatalogueRow(text: string): boolean {
  if (text.length > 160) return false;
  const keys = new Set(text.match(KEY) ?? []);
  return keys.size >= 2;
}
