/**
 * Hong Kong's and Macao's lists print a courtesy title after the name, set off by a space: "鄧耀榮 先生、
 * 黃詩韻 女士", "劉慧卿 議員". A list read on its spaces ("张三 李四 王五") parts them; the title is
 * the name's, and the item is kept as printed ("鄧耀榮 先生").
 */
import { alt } from '../lexicon/build';
import { ZH_COURTESY_AFTER } from '../lexicon/zh';

const COURTESY = new RegExp(`^(?:${alt([...ZH_COURTESY_AFTER, '太太', '議員', '议员', '博士', '教授', '醫生', '医生', '律師', '律师', '太平紳士', '太平绅士'])})$`);
const NAME_END = /[\u3400-\u9fff]$/;

/** The items with each courtesy title standing alone joined to the name before it. */
export function joinCourtesy(items: string[]): string[] {
  const out: string[] = [];
  for (const it of items) {
    const t = it.trim();
    const prev = out[out.length - 1];
    if (prev !== undefined && COURTESY.test(t) && NAME_END.test(prev) && !COURTESY.test(prev)) out[out.length - 1] = `${prev} ${t}`;
    else out.push(it);
  }
  return out;
}
