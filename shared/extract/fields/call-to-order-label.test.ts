import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { meetingOpenedBy } from './opened-by';

describe('the chair named after a "Call to Order" heading', () => {
  it.each([
    ['1.  Call to Order: K. Whiteman at 7:07 p.m.', 'K. Whiteman'],
    ['1. Call to Order-Andrew calls to order 8:42', 'Andrew'],
    ['Call to Order: Mayor Jones at 7pm', 'Jones'],
  ])('%s', (line, name) => {
    expect(meetingOpenedBy(line)?.name).toBe(name);
  });

  it.each(['Call to Order: 7:02 pm', 'Call to order at 7pm.', 'Call to Order: The meeting began at 7pm'])('names no one in %s', (line) => {
    expect(meetingOpenedBy(line)).toBeNull();
  });
});

describe('a list giving each post before its holder, the chair first', () => {
  it('names the chair as presider', () => {
    const d = extractFromText(['August 19, 2014 Minutes', 'Present: Chair, Dana Sansom, Treasurer, Nancy Fogg, Trustee, Secretary J.C. Allard', 'The minutes of the July meeting were approved.'].join('\n'));
    expect(d.presider).toBe('Dana Sansom');
  });
});
