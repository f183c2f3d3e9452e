import { describe, expect, it } from 'vitest';
import { findTitle } from './header';
import { segment } from '../segment/segment';
import { linesFromText } from '../linearize/lines';

const title = (first: string) => findTitle(segment(linesFromText([first, '', 'Present: Ann Lee, Bob Ray, Cy Dunn', '1. The minutes were approved.'].join('\n'))));

// A portal prints its buttons after the heading, a records system the scan's file name before it.
describe('a page’s furniture on the heading’s line', () => {
  it('drops the buttons after the heading ("… Print E-mail")', () => {
    const t = title('Board of Adjustment Minutes 1-6-10 Print E-mail');
    expect(t?.value).toBe('Board of Adjustment Minutes 1-6-10');
    expect(t?.confidence).toBeLessThan(0.9);
  });
  it('drops a scan’s file name before the heading ("20103047.tiff …")', () => {
    expect(title('20103047.tiff RECORD OF PROCEEDINGS')?.value).toBe('RECORD OF PROCEEDINGS');
  });
  it('keeps a heading that ends on a word like a button’s only as part of its name', () => {
    expect(title('Minutes of the Print Committee')?.value).toBe('Minutes of the Print Committee');
  });
});
