import { describe, expect, it } from 'vitest';
import { findAssignees } from './assignees';

const names = (t: string) => findAssignees(t, 'en').map((a) => a.name);

// A verb or preposition opening a sentence before "to" is no one's name; a person before "to" still is.
describe('a sentence’s verb before "to" is no owner', () => {
  it.each([
    'Decided to hold the quiz night in the church hall.',
    'Recommended to keep the annual fee at £20.',
    'Defer to the finance review in May.',
    'Due to the storm, the picnic moves to Sunday.',
    'Going to ask the council about the footpath.',
    'Speak to the school about using the field.',
    'Continue to collect the survey replies.',
  ])('%s', (t) => {
    expect(names(t)).toEqual([]);
  });

  it.each([
    ['Maria to book the hall for the quiz night.', ['Maria']],
    ['Treasurer to renew the insurance.', ['Treasurer']],
    ['Decided that Omar will draft the newsletter.', ['Omar']],
  ])('%s', (t, want) => {
    expect(names(t)).toEqual(want);
  });
});
