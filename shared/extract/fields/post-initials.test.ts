import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (present: string) =>
  `Minutes of meeting held on Monday 12th February 2018 in Ardgay Hall at 7.00pm\nPresent: ${present}\nApologies: Leslie Pope\nItem 3. Minutes of last meeting. The minutes of the December meeting were approved.\n`;

describe('a post after a name, with the holder\'s initials', () => {
  it('is the name\'s post, not a person, and marks the chair', () => {
    const d = extractFromText(record('Betty Wright, Chair (BW), Silvia Muras, Vice Chair (SM), Marion Turner, Secretary/Treasurer (MT), Andy Wright (AW)'));
    expect(d.attendees).toEqual(['Betty Wright', 'Silvia Muras', 'Marion Turner', 'Andy Wright']);
    expect(d.presider).toBe('Betty Wright');
  });
  it('police constables by their style, and "everyone" is no one', () => {
    expect(extractFromText(record('Betty Wright, Andy Wright, PCs Angus Morrison, Steve MacKenzie')).attendees).toEqual(['Betty Wright', 'Andy Wright', 'Angus Morrison', 'Steve MacKenzie']);
    expect(extractFromText(record('Everyone')).attendees).toEqual([]);
  });
});
