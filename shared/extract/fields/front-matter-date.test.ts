import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a front matter’s post stamp and the record’s own date', () => {
  const note = (front: string, body: string) =>
    `---\n${front}\n---\n${body}\nPresent: Ann Lee, Bob Marsh, Cy Ode\n## Treasurer\n* Motion to approve the report by Ann, seconded by Bob\n* Motion carried\n* Bob to file the accounts by the end of the month`;
  it.each([
    // Posted weeks after the meeting its text dates.
    [note('title: "March Business Meeting Minutes"\ndate: 2021-04-11 09:12:40 +0100', '* Meeting called to order by the President at 19:02, March 23, 2021'), '2021-03-23'],
    [note('title = "Spring General Meeting"\ndate = "2019-06-02T18:44:10-04:00"', '# Minutes of the Spring General Meeting\nGeneral Meeting - Oak Street Hall, May 18, 2019, 10:00 am'), '2019-05-18'],
    [note("layout: post\ntitle: Board Retreat Minutes\ndate: '2018-10-07 21:05:00 +0200'", '5th-7th October'), '2018-10-05'],
    [note('title: "2024 AGM Minutes"\ndate:   2025-01-09 11:30:00 +0000', 'Minutes of the Annual General Meeting of the Club held on 12th September 2024 in the Hall.'), '2024-09-12'],
    // The stamp is the meeting's: the text prints no other date, or only a later one.
    [note('title: Directors meeting\ndate: 2020-02-14 19:00', 'Quorum: satisfied'), '2020-02-14'],
    [note('title: Q2 Board Meeting\ndate: 2022-05-10 19:00:00 -0700', '## Minutes\nThe next meeting will be on June 14, 2022.'), '2022-05-10'],
    // A date long before the stamp is some other day's.
    [note('title: Members Meeting\ndate: 2023-11-20 18:30:00', '## Minutes\nThe minutes of the meeting of 12 January 2022 were read.'), '2023-11-20'],
  ])('%#', (text, iso) => {
    expect(extractFromText(text).meetingDate).toBe(iso);
  });
});
