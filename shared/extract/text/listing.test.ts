import { describe, expect, it } from 'vitest';
import { isListingLine } from './listing';

describe('a document site listing line', () => {
  it('is a snippet with its upload date between dots', () => {
    expect(isListingLine('river board minutes of the works … 12th... · 2019-03-02 · 5 march...')).toBe(true);
    expect(isListingLine('Post on 14-Feb-2021')).toBe(true);
    expect(isListingLine('Upload: others')).toBe(true);
    expect(isListingLine('12 views')).toBe(true);
    expect(isListingLine('0 download')).toBe(true);
  });
  it('is not a record line', () => {
    expect(isListingLine('Minutes of the Board meeting held on 2 March 2019')).toBe(false);
    expect(isListingLine('Date: 2019-03-02 · Venue: Town Hall · Chair: J. Smith')).toBe(false);
    expect(isListingLine('出席：买买提·艾力、张某某')).toBe(false);
    expect(isListingLine('12 members were present')).toBe(false);
  });
});
