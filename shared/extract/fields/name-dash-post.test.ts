import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { cleanEnPerson } from './people';
import { headBeforeDash } from './name-dash-post';

const names = (text: string) => extractFromText(text).attendees;
const ROWS = [
  ['Yuriy Artamonov', 'JetBrains, Microservices Fellow'],
  ['Sergio del Amo', 'Unity Foundation, Micronaut Development Lead'],
  ['Neal Ford', 'ThoughtWorks, Director, Cloud Architect'],
  ['Jen Wiese', 'Micronaut Foundation, Community Engagement Manager'],
];

describe('an attendee a line with their body and post after a dash', () => {
  it.each(['–', '—', '-'])('the person is the words before the dash (%s), whatever commas follow', (dash) => {
    expect(headBeforeDash(`Neal Ford ${dash} ThoughtWorks, Director, Cloud Architect`)).toBe('Neal Ford');
    expect(cleanEnPerson(`Neal Ford ${dash} ThoughtWorks, Director, Cloud Architect`).name).toBe('Neal Ford');
    expect(cleanEnPerson(`Sergio del Amo ${dash} Unity Foundation, Development Lead`).name).toBe('Sergio del Amo');
  });

  it('a head that is not a person names no one', () => {
    expect(cleanEnPerson('Treasurer – report on the accounts, approved').name).toBeNull();
    expect(headBeforeDash('Finance, budget – grants')).toBeNull();
  });

  it.each([
    ['a heading printed alone', 'Board Members In Attendance'],
    ['a label with a colon', 'Present:'],
    ['an attendees heading', 'Attendees'],
  ])('reads every person of the list under %s', (_kind, head) => {
    const list = ROWS.map(([n, post]) => `${n} – ${post}`).join('\n');
    const got = names(`Advisory Board Meeting Minutes - April 24, 2024\n${head}\n${list}\nDecisions\n1. The board approved the budget for 2024.\n2. The board approved the release plan.`);
    expect(got).toEqual(ROWS.map(([n]) => n));
  });
});
