// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { linearize } from '../linearize/linearize';
import { locate } from './locate';
import { extractFromDocument } from '../index';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

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
