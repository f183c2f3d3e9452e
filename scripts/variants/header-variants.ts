/**
 * Ways a page's header differs from the cases', each a pure function of a case's text: the chrome a
 * portal or a download site prints around the title line, and the line breaks a PDF or a narrow
 * column puts in it. Used by scripts/stress-header.ts; made from how such pages are built, never
 * from a case.
 */
import { lines, wrap } from './text';

/** Whether the first line is a heading naming minutes (short, no sentence): where a portal's title chrome goes. */
const MARK = /纪要|紀要|记录|記錄|纪录|紀錄|\bminutes\b/i;
const titled = (ls: string[], zh: boolean) => ls.length > 1 && ls[0].length <= (zh ? 40 : 100) && MARK.test(ls[0]) && !/[。；;]|[.!?]\s/.test(ls[0]);

export type HeaderVariant = (text: string, zh: boolean) => string;

export const HEADER_VARIANTS: Record<string, HeaderVariant> = {
  'as text': (t) => t,
  // A portal's menu and breadcrumb above, its footer below.
  'site chrome': (t, zh) =>
    [
      ...(zh ? ['首页 | 机构概况 | 政务公开 | 互动交流', '当前位置：首页 > 政务公开 > 会议纪要'] : ['Skip to main content', 'Home > Council > Minutes']),
      ...lines(t),
      ...(zh ? ['上一篇：关于做好防汛工作的通知', '主办单位：县人民政府办公室'] : ['Previous: Road closures', 'Copyright © 2023 Town Council']),
    ].join('\n'),
  // A listing's posting stamp printed on the title's line, after it.
  'stamp after title': (t, zh) => {
    const ls = lines(t);
    if (titled(ls, zh)) ls[0] = `${ls[0]}  2023-06-12`;
    return ls.join('\n');
  },
  // A download site's file name on a line above the text.
  'file name above': (t, zh) => [zh ? '会议记录20230612.docx' : 'minutes_2023_06_12_final.pdf', ...lines(t)].join('\n'),
  // A share page's title label on the first line ("标题：…", "Title: …").
  'title label': (t, zh) => {
    const ls = lines(t);
    if (titled(ls, zh)) ls[0] = `${zh ? '标题：' : 'Title: '}${ls[0]}`;
    return ls.join('\n');
  },
  // A narrow column or a PDF's hard line ends.
  'wrap short': (t, zh) => lines(t).flatMap((l) => wrap(l, zh ? 20 : 50)).join('\n'),
  // A PDF's text layer: lines run together in fours.
  'join 4 lines': (t, zh) => {
    const ls = lines(t);
    const out: string[] = [];
    for (let i = 0; i < ls.length; i += 4) out.push(ls.slice(i, i + 4).join(zh ? '' : ' '));
    return out.join('\n');
  },
  // A note page: the first line a heading, the others bullets.
  markdown: (t) =>
    lines(t)
      .map((l, i) => (i === 0 ? `# ${l}` : `- ${l}`))
      .join('\n'),
};
