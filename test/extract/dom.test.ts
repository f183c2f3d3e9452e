// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linearize } from '../../shared/extract/linearize';
import { locate } from '../../shared/extract/locate';
import { extractFromDocument, extractFromText, linearizePage, rangeOfSpan } from '../../shared/extract/index';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('linearize', () => {
  it('ends lines at blocks and <br>, normalises spaces, keeps offsets', () => {
    const doc = page(`<div><p>一、会议&nbsp;同意<span>方案</span></p><p>第二行<br>第三行　　（全角）</p><ul><li>甲</li><li>乙</li></ul></div>`);
    const lin = linearize(doc.body);
    expect(lin.lines.map((l) => l.text)).toEqual(['一、会议 同意方案', '第二行', '第三行 （全角）', '甲', '乙']);
    for (const l of lin.lines) expect(lin.text.slice(l.start, l.end)).toBe(l.text);
    expect(lin.sources[0].first?.textContent).toBe('一、会议\u00a0同意');
  });
  it('reads Word-paste markup as plain lines', () => {
    const doc = page(`<p class=MsoNormal><span lang=EN-US style='font-size:16.0pt;mso-bidi-font-size:10pt'>抄送：区委办公室，<span style='mso-spacerun:yes'>&nbsp;</span>区政协办公室。<o:p></o:p></span></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>`);
    expect(linearize(doc.body).lines.map((l) => l.text)).toEqual(['抄送：区委办公室， 区政协办公室。']);
  });
  it('pairs label and value cells of a metadata row, and skips hidden and form controls', () => {
    const doc = page(`<table><tr><td>索引号</td><td>1151/2021-01</td><td>发布机构</td><td>东区政府办</td></tr></table><div hidden>secret</div><div style="display:none">x</div><button>签收</button><p>正文</p>`);
    expect(linearize(doc.body).lines.map((l) => l.text)).toEqual(['索引号：1151/2021-01', '发布机构：东区政府办', '正文']);
  });
});

describe('locate', () => {
  it('drops navigation, breadcrumbs and recommended lists, and keeps the body', () => {
    const links = (n: number, t: string) => Array.from({ length: n }, (_, i) => `<li><a href="/${i}">${t} ${i}</a></li>`).join('');
    const doc = page(`<nav><ul>${links(6, 'Menu')}</ul></nav><div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/x">News</a></div>
      <div class="main"><div class="article"><h1>XX县人民政府常务会议纪要</h1><p>2019年5月6日，县长张三主持召开县政府常务会议，现纪要如下：</p><p>一、会议同意县财政局提出的方案，由县财政局负责落实。</p></div>
      <div class="recommend"><h3>推荐阅读</h3><ul>${links(8, '某某会议纪要')}</ul></div></div><div class="footer">版权所有 XX县人民政府</div>`);
    const found = locate(doc);
    const text = linearize(found.root!, found.drop).text;
    expect(text).toContain('县长张三主持召开');
    expect(text).not.toContain('推荐阅读');
    expect(text).not.toContain('Menu 1');
    expect(text).not.toContain('版权所有');
  });
  it('keeps every paragraph when each sits in its own div', () => {
    const doc = page(`<div class="nav"><a href="/">首页</a><a href="/a">政务公开</a><a href="/b">互动交流</a></div><div class="wrap"><div>2019年5月6日，县长张三主持召开县政府常务会议，现纪要如下：</div><div>一、会议同意县住建局提出的城区道路改造方案，由县住建局牵头，6月30日前完成。</div></div>`);
    const d = extractFromDocument(doc);
    expect(d.isMinutes).toBe(true);
    expect(d.presider).toBe('张三');
    expect(d.decisions.map((x) => x.assignees)).toEqual([['县住建局']]);
  });
  it('reads a srcdoc frame when the page around it holds no minutes', () => {
    const body = '<p>Minutes of the Parish Council Meeting held on 9 May 2018</p><p>Present: Cllr A Smith (Chairman), Cllr B Jones</p><p>1. It was agreed that the Clerk writes to the county.</p>';
    const doc = page(`<header><a href="/">Parish</a></header><main><h1>May meeting</h1><iframe srcdoc="${body.replace(/"/g, '&quot;')}"></iframe></main>`);
    const d = extractFromDocument(doc);
    expect(d.isMinutes).toBe(true);
    expect(d.presider).toBe('A Smith');
    expect(d.warnings).toContain('content read from an embedded frame');
  });
});

describe('classification with the page headline', () => {
  it('a notice whose title is only the page headline is not minutes', () => {
    const doc = page('<div class="top"><h1>关于做好2019年防汛工作的通知</h1></div><div class="main"><div class="text"><p>一、会议要求各乡镇要落实防汛责任，由县水利局负责督查，6月底前完成隐患排查。</p><p>二、县财政局要保障防汛经费。</p></div></div>');
    const d = extractFromDocument(doc);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/通知/);
  });
});

describe('highlighting', () => {
  it('maps a field span back to the DOM nodes it came from', () => {
    const doc = page('<div class="c"><p>县政府常务会议纪要</p><p>2019年5月6日，县长<b>张三</b>主持召开会议。会议议定：</p><p>一、由县财政局负责，6月底前完成。</p></div>');
    const d = extractFromDocument(doc);
    const lin = linearizePage(doc)!;
    expect(lin.text).toBe(d.text);
    const range = rangeOfSpan(doc, lin, d.fields.presider!.span!);
    expect(range?.toString()).toContain('张三');
    expect(range?.toString()).not.toContain('常务会议纪要');
  });
});

describe('site profiles', () => {
  const long = Array.from({ length: 30 }, (_, i) => `<p>第${i + 1}条，本办法适用于全县各级各部门，各单位应当遵照执行，认真落实，不得推诿。</p>`).join('');
  const html = () => `<div class="box">${long}</div><div class="TRS_Editor"><p>县政府常务会议纪要</p><p>2019年5月6日，县长张三主持召开会议。会议议定：</p><p>一、由县财政局负责，6月底前完成预算调整。</p><p>二、县交通局要于5月20日前上报城区道路改造方案。</p><p>出席：张三、李四、王五</p></div>`;
  it('a template content element wins when the scorer strays outside it', () => {
    const d = extractFromDocument(page(html()));
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe('县政府常务会议纪要');
    expect(d.text).not.toContain('第1条');
  });
});

describe('the demo portal page and its text give the same record', () => {
  const root = join(import.meta.dirname, '..', '..');
  it('seed page', () => {
    const html = readFileSync(join(root, 'server/demo/pages/seed-letters-visits-en.html'), 'utf8');
    const txt = readFileSync(join(root, 'test/fixtures/corpus/seed-letters-visits-en.txt'), 'utf8');
    const a = extractFromDocument(page(html));
    const b = extractFromText(txt);
    const pick = (d: typeof a) => ({ ...d, text: undefined, fields: undefined, warnings: undefined, views: undefined, requirements: undefined, confidence: undefined, decisions: d.decisions.map(({ span: _s, ...x }) => x), recipients: d.recipients.map(({ span: _s, ...x }) => x) });
    expect(pick(a)).toEqual(pick(b));
    expect(a.decisions).toHaveLength(2);
  });
});
