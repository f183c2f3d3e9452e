// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractFromDocument, extractFromText } from '../../shared/extract/index';
import { linearize } from '../../shared/extract/linearize/linearize';
import { locate } from '../../shared/extract/locate/locate';

// Hostile pages: each must give a record (no throw, no stack overflow swallowed into "extraction
// failed") whose size is bounded by the input. The per-test timeouts are only a guard for slow
// machines; nothing asserts on time.
const MINUTES = '<p>县政府常务会议纪要</p><p>2019年5月6日，县长张三主持召开县政府常务会议。会议议定：</p><p>一、由县财政局负责，6月底前完成预算调整。</p><p>出席：张三、李四、王五</p>';

describe('50 000 nested elements', () => {
  // jsdom's own parser and its attach step recurse per level, so the tree is built bottom-up and
  // kept detached, behind a minimal Document; the extractor's walks must not recurse at all.
  function deepPage(depth: number) {
    const doc = new JSDOM('').window.document;
    let inner: Element = doc.createElement('div');
    inner.innerHTML = MINUTES;
    for (let i = 0; i < depth; i++) {
      const outer = doc.createElement(i % 3 === 0 ? 'span' : 'div');
      outer.appendChild(inner);
      inner = outer;
    }
    const body = doc.createElement('body');
    body.appendChild(inner);
    const page = { body, documentElement: body, defaultView: null, querySelector: (q: string) => body.querySelector(q), querySelectorAll: (q: string) => body.querySelectorAll(q) };
    return { body, doc: page as unknown as Document };
  }
  it('linearize and locate walk it without recursion, and the minutes are read', () => {
    const { body, doc } = deepPage(50_000);
    expect(linearize(body).lines.map((l) => l.text)).toContain('一、由县财政局负责，6月底前完成预算调整。');
    const found = locate(doc);
    expect(found.root).not.toBeNull();
    const d = extractFromDocument(doc);
    expect(d.reason).toBeUndefined();
    expect(d.isMinutes).toBe(true);
    expect(d.decisions.map((x) => x.assignees)).toEqual([['县财政局']]);
    expect(d.presider).toBe('张三');
  }, 120_000);
});

describe('a 10 MB page', () => {
  it('is read whole, and the record is no larger than the page', () => {
    const para = '<p>会议听取了县发展改革局关于重点项目推进情况的汇报，会议认为，各项工作推进有力，成效明显。</p>';
    const html = `<body><div class="nav"><a href="/">首页</a> <a href="/a">通知公告</a> <a href="/b">会议纪要</a></div><div class="content">${MINUTES}${para.repeat(Math.ceil(10_000_000 / Buffer.byteLength(para)))}</div></body>`;
    expect(Buffer.byteLength(html)).toBeGreaterThanOrEqual(10_000_000);
    const dom = new JSDOM(html);
    try {
      const d = extractFromDocument(dom.window.document);
      expect(d.reason).toBeUndefined();
      expect(d.isMinutes).toBe(true);
      expect(d.decisions.length).toBeGreaterThanOrEqual(1);
      expect(d.text.length).toBeLessThanOrEqual(html.length);
      expect(d.text).not.toContain('通知公告');
    } finally {
      dom.window.close();
    }
  }, 180_000);
});

describe('a 1 MB line without punctuation', () => {
  for (const [name, line] of [
    ['Chinese', '会议研究相关工作'.repeat(131_072)],
    ['English', 'the meeting discussed the budget '.repeat(32_000)],
    ['one unbroken token', 'x'.repeat(1 << 20)],
  ] as const) {
    it(`${name}: not minutes, and the text is the line`, () => {
      const d = extractFromText(line);
      expect(d.isMinutes).toBe(false);
      expect(d.reason).toBeTruthy();
      expect(d.reason).not.toMatch(/extraction failed/);
      expect(d.text.length).toBeLessThanOrEqual(line.length);
      const dom = new JSDOM(`<body><p>${line}</p></body>`);
      try {
        const p = extractFromDocument(dom.window.document);
        expect(p.isMinutes).toBe(false);
        expect(p.reason).not.toMatch(/extraction failed/);
      } finally {
        dom.window.close();
      }
    }, 120_000);
  }
  it('a 1 MB line that opens as minutes is still read as minutes', () => {
    const d = extractFromText(`县政府常务会议纪要\n2019年5月6日，县长张三主持召开县政府常务会议。会议议定：\n一、由县财政局负责，6月底前完成预算调整。${'并做好相关工作'.repeat(150_000)}`);
    expect(d.isMinutes).toBe(true);
    expect(d.decisions[0].assignees).toEqual(['县财政局']);
  }, 120_000);
});
