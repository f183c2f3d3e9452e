import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const head = 'Minutes of the Regular Meeting of Council\nHeld on Monday, March 3, 2014\n';
const body = '1. Agenda\nRESOLVED THAT the agenda be adopted as presented.\nCarried.\n';

describe('a staff group beside the members', () => {
  it('makes the list a reading when the group gave it none of its names', () => {
    const d = extractFromText(`${head}Present: Anne Baker, Carl Dunn, Eve Foster, Gail Hart\nSecretary:\n- Ian Jones\n${body}`);
    expect(d.attendees).not.toContain('Ian Jones');
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });

  it('leaves the list sure when the group is read, or when it names the absent', () => {
    const sure = extractFromText(`${head}Present: Anne Baker, Carl Dunn, Eve Foster, Gail Hart\nAbsent: Ian Jones\n${body}`);
    expect(sure.attendees).toEqual(['Anne Baker', 'Carl Dunn', 'Eve Foster', 'Gail Hart']);
    expect(sure.fields.attendees?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
