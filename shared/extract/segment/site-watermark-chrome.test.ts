import { describe, expect, it } from 'vitest';
import { isChrome } from './markers';

// A document site's name for the file, stamped with its own, stands above the document's heading.
describe('a document site\'s stamp on its name for the file', () => {
  it.each(['MINUTES OF THE ANNUAL GENERAL MEETING Powered By Docstoc', 'AGM_2009_14 Powered By Docstoc'])('is the page\'s furniture: %s', (text) => {
    expect(isChrome(text)).toBe(true);
  });
  it.each(['The new pump will be powered by solar panels', 'Lights powered by batteries were agreed'])('is not a record\'s sentence: %s', (text) => {
    expect(isChrome(text)).toBe(false);
  });
});
