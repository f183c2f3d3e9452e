import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A parish's page prints the meeting's agenda, then under it the record: who was present, what was said, when it closed.
const page = (roll: string, close: string) =>
  [
    'Annual Parish Meeting 2019',
    '1. To approve the Minutes of the Annual Parish Meeting on 2nd May 2018.',
    '2. To receive reports from village organisations.',
    '3. To receive questions and comments from residents.',
    'Annual Parish Meeting',
    'Location: Edingale Village Hall',
    'Date: Monday 13th May 2019 Time: 7.30 pm',
    roll,
    'The Chair welcomed everyone to the meeting.',
    '1. To approve the Minutes of the Annual Parish Meeting of 2nd May 2018.',
    '2. To receive reports from village organisations.',
    'The Annual Report on the Village Hall was given. It had been a successful year and thanks were given to the volunteers.',
    '3. To receive questions and comments from residents.',
    'A resident raised the matter of a planning application, which would be discussed during the Annual Meeting that would follow.',
    close,
  ].join('\n');

describe('an agenda followed by the meeting’s record, nothing voted', () => {
  it('is the record where a roll is taken and the meeting closed at its time', () => {
    const d = extractFromText(page('Present: Cllr Startin (Chair), Cllr Mrs Cliffe, Cllrs Dhillon, Mason, and Meikle.', 'There being no other business the meeting closed at 7.45.'));
    expect(d.isMinutes).toBe(true);
  });

  it('stays an agenda where no roll is taken', () => {
    const d = extractFromText(page('All residents are welcome to attend.', 'There being no other business the meeting closed at 7.45.'));
    expect(d.isMinutes).toBe(false);
  });
});
