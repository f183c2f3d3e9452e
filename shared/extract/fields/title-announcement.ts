/**
 * A listed company's announcement (董事会决议公告, 监事会决议公告) prints its own header: the code line
 * ("证券代码:603602 证券简称:纵横通信 公告编号:2019-035"), the company's name, then the title. A finance
 * portal that republishes it puts its own headline above ("纵横通信:第五届董事会第六次会议决议公告2019-05-30",
 * "公牛集团(603195):…"): the title is the document's line after the code line, not the portal's.
 */
import type { Segmented } from '../segment/segment';
import type { Hit } from './header';
import { alt } from '../lexicon/build';
import { ZH_ANNOUNCEMENT } from '../lexicon/zh';

const CODE_LINE = new RegExp(`${alt(ZH_ANNOUNCEMENT.codeLabels)}\\s{0,2}[：:︰]`);
const TITLE_END = new RegExp(`${alt(ZH_ANNOUNCEMENT.titleEnds)}$`);
const SENTENCE = /[，,。；;：:]/;
/** How far down the code line may stand (past a portal's furniture), and the title below it. */
const CODE_WITHIN = 40;
const TITLE_WITHIN = 5;

export function announcementTitle(seg: Segmented): Hit<string> | null {
  const found = titleLine(seg);
  return found ? found.hit : null;
}

const COMPANY = new RegExp(`^[\\u3400-\\u9fff（）()A-Za-z]{2,36}${alt(ZH_ANNOUNCEMENT.companyEnds)}$`);

/** The company named on the line above its announcement's title ("公牛集团股份有限公司" / "第三届董事会…决议公告"). */
export function announcementIssuer(seg: Segmented): Hit<string> | null {
  const found = titleLine(seg);
  const above = found && found.i > found.code + 1 ? seg.lines[found.i - 1] : null;
  const value = above?.text.trim();
  if (!above || !value || !COMPANY.test(value)) return null;
  const start = above.start + above.text.indexOf(value);
  return { value, start, end: start + value.length, confidence: 0.85 };
}

function titleLine(seg: Segmented): { hit: Hit<string>; i: number; code: number } | null {
  const top = seg.lines.slice(0, CODE_WITHIN);
  const code = top.findIndex((l) => CODE_LINE.test(l.text));
  if (code < 0) return null;
  for (const l of seg.lines.slice(code + 1, code + 1 + TITLE_WITHIN)) {
    const value = l.text.trim();
    if (value.length < 6 || value.length > 60 || SENTENCE.test(value) || !TITLE_END.test(value)) continue;
    const start = l.start + l.text.indexOf(value);
    return { hit: { value, start, end: start + value.length, confidence: 0.9 }, i: l.i, code: top[code].i };
  }
  return null;
}
