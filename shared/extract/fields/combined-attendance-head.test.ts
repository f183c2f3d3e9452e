import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A shire's minutes kept as one run-on paragraph: the roll under the council's combined heading
// "RECORD OF ATTENDANCE/APOLOGIES/LEAVE OF ABSENCE", closed by the absent's labels in words.
const text =
  'MINUTES OF ORDINARY MEETING HELD AT THE CRC ON 21 st MARCH, 2018 1. DECLARATION OF OPENING The Shire President Cr Meeking welcomed those present and declared the meeting open at 3:45pm. 2. RECORD OF ATTENDANCE/APOLOGIES/LEAVE OF ABSENCE Cr S Meeking (Shire President) Cr G Lynch (Deputy Shire President) Cr A Smoker Cr R Growden Cr B Browning Leave of Absence: Nil Apologies: Cr K Mouritz 3. PUBLIC QUESTION TIME NIL 4. CONFIRMATION OF MINUTES OF PREVIOUS MEETINGS RESOLUTION 3162 Moved Cr Smoker Seconded Cr Lynch That the minutes of the Council Meeting held on 14 th February, 2018 be confirmed. CARRIED 5/0 5. REPORTS OF OFFICERS The reports of the officers were received and noted by the council.';

describe('a roll under a combined attendance heading in capitals', () => {
  it('reads the councillors, not the apologies after the absent’s labels', () => {
    const got = extractFromText(text).attendees;
    expect(got).toEqual(['S Meeking', 'G Lynch', 'A Smoker', 'R Growden', 'B Browning']);
  });
});
