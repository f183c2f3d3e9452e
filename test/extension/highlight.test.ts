// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findQuote } from '../../extension/page/find-quote';
import { clearHighlight, HIGHLIGHT_NAME, highlightQuote } from '../../extension/page/highlight';
import { PageMessage } from '../../extension/messages';

const html = (body: string) => {
  document.body.innerHTML = body;
  return document;
};

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('finding a quote in the page', () => {
  it('matches across elements and different whitespace', () => {
    const doc = html('<h1>海淀区  人大常委会</h1><p>第64次\n主任会议<b>纪要</b></p><script>var 纪要 = 1</script>');
    const range = findQuote(doc.body, '海淀区人大常委会 第64次主任会议纪要');
    expect(range).not.toBeNull();
    expect(range!.toString().replace(/\s+/g, '')).toBe('海淀区人大常委会第64次主任会议纪要');
    expect(range!.startContainer.parentElement!.tagName).toBe('H1');
    expect(range!.endContainer.parentElement!.tagName).toBe('B');
  });

  it('uses the prefix and suffix to choose among repeated text, and gives up on absent text', () => {
    const doc = html('<p>送：区委办公室</p><p>抄送：区委办公室，区政府办公室</p>');
    const second = findQuote(doc.body, '区委办公室', '抄送：', '，区政府');
    expect(second!.startContainer.parentElement).toBe(doc.querySelectorAll('p')[1]);
    const first = findQuote(doc.body, '区委办公室', '送：', '抄送');
    expect(first!.startContainer.parentElement).toBe(doc.querySelectorAll('p')[0]);
    expect(findQuote(doc.body, '区教育局')).toBeNull();
    expect(findQuote(doc.body, '   ')).toBeNull();
  });
});

describe('highlighting it', () => {
  it('uses the CSS Custom Highlight API when present, scrolls to it, and clears it', () => {
    const registry = new Map<string, { ranges: Range[] }>();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', class {
      ranges: Range[];
      constructor(...r: Range[]) {
        this.ranges = r;
      }
    });
    const doc = html('<p id="p">会议由关成启主持。</p>');
    const scrolled = vi.fn();
    doc.getElementById('p')!.scrollIntoView = scrolled;
    expect(highlightQuote(doc, '关成启', '会议由', '主持')).toBe(true);
    expect(registry.get(HIGHLIGHT_NAME)!.ranges[0].toString()).toBe('关成启');
    expect(doc.head.querySelector('style')!.textContent).toContain(`::highlight(${HIGHLIGHT_NAME})`);
    expect(scrolled).toHaveBeenCalled();
    // The page's own DOM is not changed.
    expect(doc.body.innerHTML).toBe('<p id="p">会议由关成启主持。</p>');
    clearHighlight(doc);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it('lays boxes over the text where the API is missing, and removes them on the next highlight', () => {
    const doc = html('<p>会议由关成启主持。</p>');
    const rects = [{ left: 10, top: 20, width: 30, height: 16 }];
    const proto = (window as unknown as { Range: { prototype: Range } }).Range.prototype;
    const had = proto.getClientRects;
    proto.getClientRects = () => rects as unknown as DOMRectList;
    try {
      expect(highlightQuote(doc, '关成启')).toBe(true);
      const boxes = doc.querySelectorAll('[data-circulate-overlay]');
      expect(boxes).toHaveLength(1);
      expect((boxes[0] as HTMLElement).style.left).toBe('10px');
      expect(highlightQuote(doc, '不在页面上')).toBe(false);
      expect(doc.querySelectorAll('[data-circulate-overlay]')).toHaveLength(0);
    } finally {
      proto.getClientRects = had;
    }
  });
});

describe('page messages', () => {
  it('accept a highlight with a quote or a clear, nothing else', () => {
    expect(PageMessage.safeParse({ type: 'circulate.highlight', quote: '关成启' }).success).toBe(true);
    expect(PageMessage.safeParse({ type: 'circulate.clearHighlight' }).success).toBe(true);
    expect(PageMessage.safeParse({ type: 'circulate.highlight', quote: '' }).success).toBe(false);
    expect(PageMessage.safeParse({ type: 'circulate.eval', code: 'alert(1)' }).success).toBe(false);
  });
});
