import { describe, expect, it } from 'vitest';
import { withoutSpill } from './item-spill';
import { extractFromText } from '../index';

describe('the next label spilt into a list read up to it', () => {
  it.each([
    [['Rotty', 'Barker', 'Larson Members'], ['Rotty', 'Barker', 'Larson']],
    [['Anne Baker', 'Carl Dunn Staff'], ['Anne Baker', 'Carl Dunn']],
    [['Anne Baker', 'Carl Dunn Also'], ['Anne Baker', 'Carl Dunn']],
    [['Stewart', 'Wymer', 'None'], ['Stewart', 'Wymer']],
    [['Stewart', 'Nil.', 'Wymer'], ['Stewart', 'Wymer']],
    [['Board Members', 'Library Trustees', 'Parish Councillors', 'Staff Members'], ['Board Members', 'Library Trustees', 'Parish Councillors', 'Staff Members']],
    [['Noneman', 'Anne Members-Smith'], ['Noneman', 'Anne Members-Smith']],
  ])('%j → %j', (read, seen) => {
    expect(withoutSpill(read)).toEqual(seen);
  });

  const head = 'Planning Commission Minutes\nRegular Meeting April 11, 2006\n';
  const body = '\n1. Agenda\nMotion by Barker, seconded by Fitzloff, to approve the agenda. Motion carried.\n';
  it.each([
    ['Call to Order Chair Rotty called the meeting to order at 7:00 p.m. Members Present: Rotty, Barker, Fitzloff, Larson Members Absent: None Also Present: Kevin Carroll, Lee Smick'],
    ['Members Present: Rotty, Barker, Fitzloff, Larson\nMembers Absent: None'],
    ['Present: Rotty, Barker, Fitzloff, Larson, None'],
  ])('through the pipeline: %s', (att) => {
    const d = extractFromText(`${head}${att}${body}`);
    expect(d.attendees).toEqual(expect.arrayContaining(['Rotty', 'Barker', 'Fitzloff', 'Larson']));
    expect(d.attendees.some((n) => /Members|^None$/.test(n))).toBe(false);
  });
});
