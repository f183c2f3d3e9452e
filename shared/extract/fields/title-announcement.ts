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

/** A company's full name, as its own documents print it. */
const COMPANY_NAME = `[\\u3400-\\u9fff（）()A-Za-z]{2,36}?(?:${alt(ZH_ANNOUNCEMENT.companyEnds.filter((w) => w.length >= 3))})`;
/** "X股份有限公司(以下简称“公司”)": the company naming itself for the rest of its document. */
const SELF_DEFINED = new RegExp(`(${COMPANY_NAME})\\s*[（(]\\s*以下简称\\s*[：:]?\\s*[“"‘「]?(?:公司|本公司|本行|该公司)[”"’」]?\\s*[）)]`);
/** "X股份有限公司第七届董事会第五次会议决议公告": the company opening its announcement's title. */
const TITLE_COMPANY = new RegExp(`^(${COMPANY_NAME})\\s*(?:第[一二三四五六七八九十百\\d]{1,4}届)?(?:董事会|监事会|董事會|監事會|股东大会|股東大會)`);
/** The code line run on into the company's name ("证券代码:300573 证券简称:兴齐眼药 公告编号:2025-006 沈阳兴齐眼药股份有限公司 …"). */
const AFTER_CODE = new RegExp(`(?:简称|簡稱|编号|編號|券商)\\s*[：:︰]\\s*\\S+\\s+(${COMPANY_NAME})(?=\\s|第|$)`);
const SELF_WITHIN = 12;
/** An announcement's heading, run into a line or on its own ("…第七届董事会第五次会议决议公告"). */
const ANNOUNCED = /(?:决议|決議)公告/;

/**
 * A listed company's announcement naming the company another way than on a line of its own above the title:
 * by the name it defines for itself ("…股份有限公司(以下简称“公司”)于…"), at its title's head, or after its code
 * line run on in a PDF's text.
 */
export function selfNamedCompany(seg: Segmented): Hit<string> | null {
  // Only an announcement issues in the company's name: a record with no heading names it as the one that met.
  const top = seg.lines.slice(0, SELF_WITHIN);
  if (!top.some((l) => CODE_LINE.test(l.text) || ANNOUNCED.test(l.text))) return null;
  for (const l of top) {
    if (l.kind === 'chrome') continue;
    const m = SELF_DEFINED.exec(l.text) ?? TITLE_COMPANY.exec(l.text.trim()) ?? (CODE_LINE.test(l.text) ? AFTER_CODE.exec(l.text) : null);
    if (!m) continue;
    const start = l.start + l.text.indexOf(m[1]);
    return { value: m[1], start, end: start + m[1].length, confidence: 0.8 };
  }
  return null;
}
