/**
 * Page layouts real portals put a document in, for scripts/stress-layout.ts: each takes a
 * document's text (one line a paragraph) and gives a whole HTML page. They are built from how such
 * sites are made — a CMS article among menus and related links, an OA system's reading form, a
 * Word export, a preformatted block, an old site's nested tables, a page of styled divs — never
 * from one case.
 */

export type Layout = (text: string, zh: boolean) => string;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const page = (title: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>${body}</body></html>`;

const MENU_ZH = ['首页', '机构设置', '政务公开', '政策文件', '工作动态', '办事服务', '互动交流', '专题专栏'];
const MENU_EN = ['Home', 'Your Council', 'Services', 'Planning', 'Meetings and Minutes', 'News', 'Contact Us'];
const RELATED_ZH = ['关于开展安全生产大检查的通知', '县政府召开防汛工作部署会', '2024年第一季度经济运行情况', '关于印发《政务公开工作要点》的通知', '我县召开优化营商环境推进会'];
const RELATED_EN = ['Road closures this weekend', 'Council tax bills explained', 'Have your say on the local plan', 'Bin collection changes over the holidays', 'Community grants now open'];

const nav = (zh: boolean) => `<nav class="menu"><ul>${(zh ? MENU_ZH : MENU_EN).map((m) => `<li><a href="/${encodeURIComponent(m)}">${m}</a></li>`).join('')}</ul></nav>`;
const related = (zh: boolean) =>
  `<aside class="sidebar"><h3>${zh ? '相关文章' : 'Related news'}</h3><ul>${(zh ? RELATED_ZH : RELATED_EN).map((r, i) => `<li><a href="/news/${i}.html">${r}</a><span>2024-0${i + 1}-1${i}</span></li>`).join('')}</ul></aside>`;
const footer = (zh: boolean) =>
  zh
    ? '<footer><p>主办单位：某某县人民政府办公室　承办单位：县大数据中心</p><p>网站标识码：1234000001　ICP备12345678号</p><p>联系电话：0123-4567890</p></footer>'
    : '<footer><p>© 2024 District Council. All rights reserved.</p><p><a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/accessibility">Accessibility</a></p></footer>';

/** The document's first line as the article's headline when it is short enough to be one. */
function headline(ls: string[], zh: boolean): { title: string; rest: string[] } {
  // A heading is short and no sentence or list: "Present A, B, C" or "日期：…" stays in the text.
  const heading = ls.length > 1 && ls[0].length <= (zh ? 50 : 120) && !/[，。；：,;:]|[.!?]\s/.test(ls[0]);
  return heading ? { title: ls[0], rest: ls.slice(1) } : { title: '', rest: ls };
}

export const LAYOUTS: Record<string, Layout> = {
  // A CMS article: menus, a breadcrumb, the headline, a line of metadata, paragraphs, share links, related articles, a footer.
  article: (text, zh) => {
    const { title, rest } = headline(lines(text), zh);
    const meta = zh ? '<div class="info">发布时间：2024-06-12 10:30　来源：县政府办公室　浏览次数：1234　【字体：大 中 小】</div>' : '<div class="info">Published 12 June 2024 · Democratic Services · 3 min read</div>';
    const crumbs = zh ? '<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 工作动态</div>' : '<div class="crumbs"><a href="/">Home</a> › <a href="/meetings">Meetings</a> › Minutes</div>';
    const share = zh ? '<div class="share">分享到：<a>微信</a><a>微博</a>【打印本页】【关闭窗口】</div>' : '<div class="share">Share: <a>Facebook</a> <a>X</a> <a>Email</a> <a>Print</a></div>';
    return page(
      title || (zh ? '工作动态' : 'Minutes'),
      `<header>${nav(zh)}</header>${crumbs}<main><article>${title ? `<h1>${esc(title)}</h1>` : ''}${meta}<div class="content">${rest.map((l) => `<p>${esc(l)}</p>`).join('')}</div>${share}</article>${related(zh)}</main>${footer(zh)}`,
    );
  },
  // An OA system's reading form: the receiving office's register fields around the document, which sits in one cell as lines broken by <br>.
  'oa form': (text, zh) => {
    const { title, rest } = headline(lines(text), zh);
    const rows = zh
      ? [
          ['收文编号', '收〔2024〕318号'],
          ['来文单位', '县政府办公室'],
          ['收文日期', '2024-06-14'],
          ['文件标题', title || '会议材料'],
        ]
      : [
          ['Register no.', 'IN-2024-0318'],
          ['From', 'Office of the Clerk'],
          ['Received', '14/06/2024'],
          ['Subject', title || 'Meeting papers'],
        ];
    const after = zh
      ? [
          ['拟办意见', '请办公室阅处。'],
          ['领导批示', '同意。'],
        ]
      : [
          ['Proposed action', 'For information.'],
          ['Director', 'Noted.'],
        ];
    const row = ([k, v]: string[]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`;
    return page(
      zh ? '公文阅办' : 'Document view',
      `<div class="toolbar"><button>${zh ? '办理' : 'Process'}</button><button>${zh ? '打印' : 'Print'}</button><button>${zh ? '返回' : 'Back'}</button></div><table class="form">${rows.map(row).join('')}<tr><th>${zh ? '正文' : 'Text'}</th><td>${title ? `${esc(title)}<br>` : ''}${rest.map(esc).join('<br>')}</td></tr>${after.map(row).join('')}</table>`,
    );
  },
  // A Word document saved as a web page: every paragraph a MsoNormal <p>, its text cut into styled spans (a run per change of font), indents as &nbsp;.
  'word export': (text) => {
    const para = (l: string, i: number) => {
      const cut = Math.max(1, Math.floor(l.length / 3));
      const runs = [l.slice(0, cut), l.slice(cut, 2 * cut), l.slice(2 * cut)].filter(Boolean);
      const indent = i > 0 && i % 3 === 0 ? '&nbsp;&nbsp;&nbsp;&nbsp;' : '';
      return `<p class="MsoNormal" style="text-indent:21.0pt;line-height:150%">${indent}${runs.map((r, k) => `<span lang="EN-US" style="font-size:${k === 1 ? 16 : 15}.0pt;font-family:仿宋_GB2312">${esc(r)}</span>`).join('')}<o:p></o:p></p>`;
    };
    return page('Document', `<div class="WordSection1">${lines(text).map(para).join('\n')}</div>`);
  },
  // The document as one preformatted block on a plain page with a little chrome.
  pre: (text, zh) => page('Document', `${nav(zh)}<pre>${esc(lines(text).join('\n'))}</pre>${footer(zh)}`),
  // An old government site: the page laid out in nested tables, a menu column, the text in a <td> with <font> and <br>.
  'nested tables': (text, zh) => {
    const menu = (zh ? MENU_ZH : MENU_EN).map((m) => `<tr><td><a href="#">${m}</a></td></tr>`).join('');
    const body = lines(text)
      .map((l) => `<font size="3">${esc(l)}</font>`)
      .join('<br>\n');
    return page('Document', `<table width="980"><tr><td colspan="2"><img src="/banner.jpg" alt=""></td></tr><tr><td width="200" valign="top"><table>${menu}</table></td><td valign="top"><table width="100%"><tr><td>${body}</td></tr></table></td></tr></table>${footer(zh)}`);
  },
  // A page of styled divs, one a line, no paragraph elements.
  'div soup': (text, zh) => page('Document', `${nav(zh)}<div id="app"><div class="doc">${lines(text)
    .map((l) => `<div style="margin:4px 0;font-size:16px">${esc(l)}</div>`)
    .join('')}</div></div>${related(zh)}${footer(zh)}`),
  // A government information-disclosure page (政府信息公开): the catalogue's table above the text, then the text.
  'disclosure table': (text, zh) => {
    const { title, rest } = headline(lines(text), zh);
    const cells = zh
      ? [['索引号', '11430621MB1234567X/2024-00123'], ['主题分类', '综合政务'], ['发布日期', '2024-06-12'], ['标题', title]]
      : [['Reference', 'FOI-2024-00123'], ['Category', 'Governance'], ['Date published', '12 June 2024'], ['Title', title]];
    const table = `<table class="xxgk">${cells.map(([k, v]) => `<tr><td>${esc(k)}${zh ? "：" : ":"}</td><td>${esc(v)}</td></tr>`).join('')}</table>`;
    return page(title || 'Document', `${nav(zh)}${table}<div id="zoom">${title ? `<p align="center"><strong>${esc(title)}</strong></p>` : ''}${rest.map((l) => `<p>${esc(l)}</p>`).join('')}</div>${footer(zh)}`);
  },
  // A public-account article (微信公众号 style): sections and spans a phrase, the account's byline above, reactions below.
  'wechat article': (text, zh) => {
    const { title, rest } = headline(lines(text), zh);
    const byline = zh ? '<div class="meta">原创 县政府办 清河发布 2024-06-12 10:30 发表于河北</div>' : '<div class="meta">Original · County News · 12 June 2024 10:30</div>';
    const para = (l: string) => {
      const cut = l.search(/[，,。；;]/);
      const parts = cut > 0 && cut < l.length - 1 ? [l.slice(0, cut + 1), l.slice(cut + 1)] : [l];
      return `<section style="margin:0 8px"><p style="line-height:1.75em">${parts.map((x) => `<span style="font-size:15px;color:#333">${esc(x)}</span>`).join('')}</p></section>`;
    };
    const foot = zh ? '<div class="tail"><a>阅读原文</a> 阅读 2356 <a>赞</a> <a>在看</a> <a>分享</a></div>' : '<div class="tail"><a>Read more</a> 2356 views <a>Like</a> <a>Share</a></div>';
    return page(title || 'Article', `<h1 class="rich_media_title">${esc(title)}</h1>${byline}<div id="js_content">${rest.map(para).join('')}</div>${foot}`);
  },
  // An article with its attachments listed after the text and a comment box (a news-site template).
  attachments: (text, zh) => {
    const { title, rest } = headline(lines(text), zh);
    const files = zh ? ['附件1：会议签到表.doc', '附件2：任务分解表.xlsx'] : ['Attachment 1: Attendance sheet.pdf', 'Attachment 2: Action log.xlsx'];
    return page(
      title || 'Document',
      `${nav(zh)}<div class="main"><h2>${esc(title)}</h2><div class="article">${rest.map((l) => `<p>${esc(l)}</p>`).join('')}</div><div class="files">${files.map((f) => `<a href="/f.doc">${f}</a>`).join('<br>')}</div><form class="comment"><textarea placeholder="${zh ? '发表评论' : 'Leave a comment'}"></textarea><button>${zh ? '提交' : 'Submit'}</button></form></div>${footer(zh)}`,
    );
  },
};
