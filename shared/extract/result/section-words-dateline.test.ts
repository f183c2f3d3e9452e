import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('section words joined in capitals before a colon', () => {
  it('are a record\'s label, not an outlet\'s dateline', () => {
    const text = [
      'TIME AND PLACE: The Board of Psychology ("Board") met on Tuesday, January 8, 2008, at 10:20 a.m. at the Department of Health Professions, Richmond, Virginia.',
      'PRESIDING: Ann Tolbert Benson, Ed.S., Chair of the Board presided.',
      'Ms. Benson opened the floor to any changes in the Agenda order. The Agenda was accepted with no changes.',
      'A motion was made by Dr. Stutts, and properly seconded by Dr. Clark to accept the minutes of October 9, 2007. The motion carried.',
    ].join('\n');
    expect(extractFromText(text).isMinutes).toBe(true);
  });
  it('leave a place\'s dateline a dateline', () => {
    const story = [
      'RICHMOND: The Board of Psychology met on Tuesday to hear from the public about the new rules, and a motion to adopt them was carried after a long debate.',
      'Speakers told the board that the fees were too high, and the chair said the board would look at them again in the spring.',
    ].join('\n');
    expect(extractFromText(story).isMinutes).toBe(false);
  });
});
