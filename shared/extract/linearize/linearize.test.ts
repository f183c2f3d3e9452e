// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { linearize } from './linearize';

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

describe('linearize: a table of labels and values', () => {
  it('keeps an English label with its value, spaces and all', () => {
    const doc = page('<table><tr><td>Date published:</td><td>3 May 2021</td></tr><tr><td>Subject area:</td><td>Planning</td></tr></table><p>Minutes of the Planning Committee</p>');
    const lines = linearize(doc.body).lines.map((l) => l.text);
    expect(lines).toContain('Date published: 3 May 2021');
    expect(lines).toContain('Subject area: Planning');
  });
  it('leaves a table of data as cells', () => {
    const doc = page('<table><tr><td>Alice Brown</td><td>Treasurer</td></tr><tr><td>Carl Doe</td><td>Secretary</td></tr></table>');
    const lines = linearize(doc.body).lines.map((l) => l.text);
    expect(lines).toContain('Alice Brown');
    expect(lines).toContain('Treasurer');
  });
});
