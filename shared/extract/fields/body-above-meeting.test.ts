import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (top: string, below: string) =>
  [top, below, 'Tuesday 13th October 2021', 'Present: Jim Brown, Ann Grey, Tom White', '1. The minutes of the last meeting were approved.'].join('\n');

describe("a body's name alone on the first line, the meeting it held below it", () => {
  it.each([
    ['Galloway Woodturners', 'Annual General Meeting'],
    ['Food Bank of Delaware', 'Board of Director Meeting'],
    ['FRIENDS OF BACK CREEK', 'MINUTES OF COMMITTEE MEETING'],
    ['Ide Community Shop and Post Office', 'Minutes of Management Committee Meeting'],
  ])('reads "%s" as the issuer', (top, below) => {
    expect(extractFromText(record(top, below)).issuer).toBe(top);
  });

  it('leaves a phrase above the title for the body the title names', () => {
    const d = extractFromText(record('A Member of Bowls England', 'Minutes of 8th Annual General Meeting of the Gloucestershire Bowls Association'));
    expect(d.issuer).not.toBe('A Member of Bowls England');
  });

  it.each([
    ['RECORD OF PROCEEDINGS', 'The minutes of the special meeting held July 26, 2021.'],
    ['Regular Session', 'Board Meeting'],
    ['Tuesday 13th October', 'Committee Meeting'],
  ])('reads no body from "%s"', (top, below) => {
    expect(extractFromText(record(top, below)).issuer).not.toBe(top);
  });

  it('reads no body when the line below names no meeting', () => {
    expect(extractFromText(record('Galloway Woodturners', 'Club news for the autumn')).issuer).not.toBe('Galloway Woodturners');
  });
});
