import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const body = [
  'Present: Ann Lee (Chair), Tom Reid, Sue Hart',
  'The meeting opened at 7.30pm.',
  'It was agreed that the hall hire fee stays at £10 an hour.',
].join('\n');

describe('a body\'s own name right before "Minutes" in the title', () => {
  it('is the issuer, whatever its last word', () => {
    expect(extractFromText(`Yachting NSW Minutes of Special General Meeting\n${body}`).issuer).toBe('Yachting NSW');
    expect(extractFromText(`Harkstead Village Hall AGM Minutes\n${body}`).issuer).toBe('Harkstead Village Hall');
  });
  it('is no issuer where the words name a team, a kind of meeting or a committee the record may be part of', () => {
    expect(extractFromText(`Social Team Minutes\n${body}`).issuer).toBeNull();
    expect(extractFromText(`General Membership Minutes, October 3, 2013\n${body}`).issuer).toBeNull();
    expect(extractFromText(`P & C Minutes – May 18, 2012\n${body}`).issuer).toBeNull();
  });
});

describe('a sitting named before "Minutes"', () => {
  it('is no body ("WORK SESSION MINUTES")', () => {
    expect(extractFromText(`WORK SESSION MINUTES\n${body}`).issuer).toBeNull();
  });
});
