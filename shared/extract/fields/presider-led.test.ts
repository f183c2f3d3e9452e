import { describe, expect, it } from 'vitest';
import { meetingLedBy } from './presider-led';
import { extractFromText } from '../index';

describe('the chair named by the meeting being led, facilitated or moderated', () => {
  const page = (line: string) => `Minutes of the Board Meeting, 3 March 2020\nPresent: John Smith, Mary Jones, Tom Brown\n${line}\n1. Budget\nIt was agreed that the budget be approved.\nAction: Tom to circulate the report by 30 June.`;
  it.each([
    'The meeting was led by John Smith.',
    'The meeting was facilitated by John Smith.',
    'Meeting led by John Smith.',
    'The call was moderated by John Smith',
    'The session was hosted by the Chair, John Smith.',
    'Chaired by John Smith',
    'Facilitated by John Smith',
  ])('%s', (line) => {
    expect(extractFromText(page(line)).presider).toBe('John Smith');
  });

  it('"led by" about anything but the meeting names no chair', () => {
    expect(meetingLedBy('A discussion led by Mary Jones followed.')).toBeNull();
    expect(meetingLedBy('The working group, led by Tom Brown, will report in June.')).toBeNull();
    expect(meetingLedBy('The meeting was led by the Board.')).toBeNull();
  });
});
