import { describe, expect, it } from 'vitest';
import { findDeadline } from './deadlines';

const due = (t: string) => findDeadline(t, 'en', '2024-03-05');

describe('a deadline set by an event to come', () => {
  it.each([
    ['Sam to renew the bank mandate before next AGM.', 'before next AGM'],
    ['Flyers to be printed prior to the AGM.', 'prior to the AGM'],
    ['Confirm the caterer prior to the annual dinner.', 'prior to the annual dinner'],
    ['Costings should be ready for the next committee meeting.', 'for the next committee meeting'],
    ['Draft the parking bylaw for the April meeting.', 'for the April meeting'],
    ['Circulate the new rota ahead of the following session.', 'ahead of the following session'],
    ['Members to read the draft prior to next meeting.', 'prior to next meeting'],
  ])('%s', (t, phrase) => {
    expect(due(t)).toMatchObject({ phrase });
    expect(due(t)?.dueDate).toBeUndefined();
  });

  it.each([
    'Motions for the AGM were discussed at length.',
    'The meeting closed with thanks to the hosts.',
    'Tickets for the dinner sold out quickly.',
    'The draft agenda was circulated prior to the meeting.',
    'Re-open the ticket for December community call recording.',
    'Ask for a volunteer to set up prior to event.',
  ])('none in %s', (t) => {
    expect(due(t)).toBeNull();
  });
});
