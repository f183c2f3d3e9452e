import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (meeting: string) =>
  `Minutes of Meeting 8 June 2012\n\nCowie Primary School Parent Council\n\nMeeting ${meeting}\n\nAttendees: Mrs Innes, Jeff McGhie, Julie Moran\n\nThe minutes of the last meeting were approved and signed.\n`;

describe('the same day printed twice in the header with two years', () => {
  it('takes the year its printed weekday holds for', () => {
    expect(extractFromText(record('Wednesday 8 June 2011')).meetingDate).toBe('2011-06-08');
  });
  it('keeps the title\'s when the weekday does not hold, or none is printed', () => {
    expect(extractFromText(record('Monday 8 June 2011')).meetingDate).toBe('2012-06-08');
    expect(extractFromText(record('8 June 2011')).meetingDate).toBe('2012-06-08');
  });
});
