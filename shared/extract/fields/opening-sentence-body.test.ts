import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('the issuer named by the record\'s opening sentence', () => {
  it('reads "There was a remote Annual General Meeting of Chawleigh Parish Council on …"', () => {
    const draft = extractFromText(
      ['2021/05/05: Parish Council Meeting – Minutes', 'There was a remote Annual General Meeting of Chawleigh Parish Council', 'on Thursday 5th May 2021 at 7.40pm held on ZOOM', 'Members Present: Parish Councillors Steve Godley (Chairman); Daphne Cockram; Jan Flavin', '1. APOLOGIES No apologies had been received.', '2. MINUTES It was resolved that the minutes be signed as a true record.'].join('\n'),
    );
    expect(draft.issuer).toBe('Chawleigh Parish Council');
  });

  it('reads "December 12, 2016 The Mahaska County Board of Supervisors met …", the date before the sentence', () => {
    const draft = extractFromText(
      ['December 12, 2016 The Mahaska County Board of Supervisors met in special session on the above date at 1:00 p.m. with the following members present: Yates, Hoffman and Murphy.', 'Motion by Hoffman, second by Murphy to approve the agenda. Motion carried unanimously.', 'Motion by Murphy, second by Hoffman to adjourn. Motion carried unanimously.'].join('\n'),
    );
    expect(draft.issuer).toBe('Mahaska County Board of Supervisors');
  });
});
