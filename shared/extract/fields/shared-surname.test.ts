import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const head = 'Minutes of the Regular Meeting of Council\nHeld on Monday, March 3, 2014\n';
const body = '1. Agenda\nRESOLVED THAT the agenda be adopted as presented.\nCarried.\n';

describe('two people under one surname', () => {
  it('makes the list a reading, as one item or two is a guess', () => {
    const d = extractFromText(`${head}Attendees:\n* Board members: President Anne Baker, Secretary Carl Dunn, Treasurer Eve Foster\n* Members: Gail Hart, Susan & Joel Mott\n${body}`);
    expect(d.attendees).toContain('Gail Hart');
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });
});
