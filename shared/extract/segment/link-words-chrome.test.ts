import { describe, expect, it } from 'vitest';
import { isChrome } from './markers';

describe('a link\'s own words', () => {
  it('are the page\'s furniture', () => {
    expect(isChrome('To view the Minutes from the 2018 STRAP AGM in PDF form, please CLICK HERE.')).toBe(true);
    expect(isChrome('Or to read the document in MS Word form, please CLICK HERE.')).toBe(true);
    expect(isChrome('Click here to download the document')).toBe(true);
    expect(isChrome('Your browser does not support viewing this document. Click here to download the document.')).toBe(true);
  });
  it('are not a record\'s sentence that mentions a link', () => {
    expect(isChrome('Action: Sue to add a "click here" button to the booking page.')).toBe(false);
    expect(isChrome('It was agreed to view the accounts before the next meeting.')).toBe(false);
  });
});
