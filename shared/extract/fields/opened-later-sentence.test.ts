import { describe, expect, it } from 'vitest';
import { findPresider } from './people';

// A village clerk's opening paragraph: the notice given, then who called the meeting to order.
const OPENING = 'A Special Meeting of the Eastby Village Board of Trustees was convened in open and public session on May 19, 2023. Advance Notice was given to the Chairman and all members of the Board.';

describe('the chair named in a later sentence of the opening paragraph', () => {
  it.each([
    [`${OPENING} Tanner Tool called the meeting to order at 10:00 A.M. by calling for the roll.`, 'Tanner Tool'],
    [`${OPENING} Chairman Ann Lee opened the meeting at 7 pm.`, 'Ann Lee'],
  ])('%s', (text, name) => expect(findPresider(text, 'en')?.name).toBe(name));

  it.each([`${OPENING} Clerk John Smith called the roll.`, `${OPENING} The meeting was called to order at 7 pm.`])('names no one where no one called it to order: %s', (text) => {
    expect(findPresider(text, 'en')).toBeNull();
  });
});

describe('the chair after a "CALL-TO-ORDER" heading written with hyphens', () => {
  it('is read', () => expect(findPresider('1. CALL-TO-ORDER Mayor Turnmire called the meeting to order at 7:00 p.m.', 'en')?.name).toBe('Turnmire'));
});
