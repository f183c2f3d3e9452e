/**
 * A notice's own title among the page's first lines: "关于召开市政府第8次常务会议的通知",
 * "中国卫通集团股份有限公司关于召开2022年年度股东大会的通知", a numbered one ("…的通知(第一号)"). The verdict reads the head as the
 * lines joined, so a title printed twice or followed by its dateline ("2023年05月11日 中国证券报")
 * no longer ends in 通知; each line is read alone here. A record names such a notice only further
 * down ("根据《关于召开…的通知》"), never as its heading.
 */
import type { Segmented } from '../segment/segment';
import { alt } from '../lexicon/build';
import { ZH_NOTICE_TITLE } from '../lexicon/zh';

const NOTICE_TITLE_ZH = new RegExp(`^[^。，,；;《]{0,40}(?:关于|關於)(?:${alt(ZH_NOTICE_TITLE.calls)})[^。；;》]{0,60}?的?(?:${alt(ZH_NOTICE_TITLE.kinds)})(?:[（(](?:第?[一二三四五六七八九十\\d]{1,3}号?)[)）])?$`);

export function noticeTitle(seg: Segmented): boolean {
  if (seg.lang !== 'zh') return false;
  return seg.lines
    .filter((l) => l.kind !== 'chrome')
    .slice(0, 4)
    .some((l) => NOTICE_TITLE_ZH.test(l.text.trim()));
}
