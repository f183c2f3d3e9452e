// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromDocument, extractFromText, linearizePage, rangeOfSpan } from '../../shared/extract/index';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

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
