import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// The chair opening the meeting, told in the ways records tell it (made up).
const record = (opening: string) => ['Eastby Park Board Meeting Minutes June 10, 2015', opening, 'Present were Roger Petersen, Ardee Pounds, Jeene Hobbs.', 'The May minutes were approved as read. Motion carried.', 'It was agreed that the shelter be repainted.'].join('\n');

describe('the chair calling the meeting to order', () => {
  it.each([
    ['Linda Mooney welcomed the Grangers and called the meeting to order.', 'Linda Mooney'],
    ['Vice Chair Paul Jenkins welcomed everyone and called the meeting to order at 5:30 p.m.', 'Paul Jenkins'],
    ['Dr. Becker brought the meeting to order and read from the bylaws.', 'Becker'],
    ['Ken brought the special meeting of the electors to order.', 'Ken'],
    ['Mayor Ed Prévost calls the meeting to order at 7:27 p.m.', 'Ed Prévost'],
  ])('%s → %s', (opening, presider) => {
    expect(extractFromText(record(opening)).presider).toBe(presider);
  });
});
