import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { inlineHtmlAsText } from './inline-html';

describe('text that carries HTML tags', () => {
  it.each([
    ['paragraphs with bold labels', '<p><strong>Present:</strong> A, B</p>\n<p><strong>Action: DCLG to obtain advice.</strong></p>', '\nPresent: A, B\n\nAction: DCLG to obtain advice.\n'],
    ['line breaks', 'Present: A<br>Apologies: B<br />Minutes agreed.<br/>Jo to write.<BR>End', 'Present: A\nApologies: B\nMinutes agreed.\nJo to write.\nEnd'],
    ['a list', '<ul><li>Jo to book the room</li><li>Al to write</li></ul>', '\n\n- Jo to book the room\n- Al to write\n'],
    ['a table row', '<table><tr><td>Owner</td><td>Action</td></tr></table>', '\n\n| Owner | Action |\n\n'],
    ['entities', '<p>R&amp;D&nbsp;team</p><p>&#8220;agreed&#x201D;</p>', '\nR&D team\n\n“agreed”\n'],
    ['Chinese labels', '<div><b>出席：</b>张三、李四</div><div><b>决议：</b>同意</div>', '\n出席：张三、李四\n\n决议：同意\n'],
  ])('%s', (_, html, text) => {
    expect(inlineHtmlAsText(html)).toBe(text);
  });

  it.each([
    ['plain text', 'Present: A, B\nMinutes agreed.'],
    ['a comparison and a placeholder', 'If a < b then <tbd> and x > y'],
    ['three tags only', 'Notes <b>one</b> and <br> end'],
    ['Markdown', '# Minutes\n- **Present:** A\n- Action: Jo to write'],
  ])('leaves %s alone', (_, text) => {
    expect(inlineHtmlAsText(text)).toBeNull();
  });

  it('reads an action that the tags hid from the decisions', () => {
    const page = [
      '<p><strong>Meeting note</strong></p>',
      '<p><strong>Panel:</strong> Jane Roe (Chair), John Doe, Mary Major</p>',
      '<p><strong>Item 1: Minutes</strong></p>',
      '<p>Minutes of the 9th February 2011 meeting were agreed.</p>',
      '<p><strong>Item 2: Data</strong></p>',
      '<p>The panel discussed publication of spending data.</p>',
      '<p><strong>Action: DCLG to list the data sets being published.</strong></p>',
    ].join('\n');
    const texts = extractFromText(page).decisions.map((d) => d.text);
    expect(texts.some((t) => t.includes('DCLG to list the data sets'))).toBe(true);
    expect(texts.some((t) => t.includes('<'))).toBe(false);
  });

  it('returns on adversarial runs (its patterns are bounded)', () => {
    expect(inlineHtmlAsText('<p '.repeat(30_000))).toBeNull();
    expect(inlineHtmlAsText('<p>'.repeat(30_000))).toBe('\n\n');
    expect(inlineHtmlAsText('<b>x</b>'.repeat(2) + '&#'.repeat(30_000))).toHaveLength(2 + 60_000);
    expect(inlineHtmlAsText('<td>'.repeat(30_000) + '<tr')).toMatch(/^ \| /);
  });
});
