import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A template site's sample minutes: filled in throughout, but the secretary is "[YOUR NAME]", for the reader to put in.
const sample = (secretary: string) =>
  [
    'Parks Advisory Board Meeting Minutes',
    'Meeting Date: March 3, 2041',
    'Present:',
    '  • Chair: Ms. Dana Whitfield',
    '  • Member: Mr. Omar Keane',
    '  • Member: Dr. Lucia Ferro',
    `  • Secretary: ${secretary}`,
    'I. Call to Order',
    'The meeting was called to order by the Chair, Ms. Dana Whitfield, at 6:00 PM.',
    'II. Approval of Minutes',
    `${secretary} moved to approve the minutes of the February meeting, seconded by Dr. Lucia Ferro. The motion passed unanimously.`,
    'III. Trail Maintenance',
    'Mr. Omar Keane moved to fund the spring trail repairs, seconded by Ms. Dana Whitfield. The motion carried.',
    'IV. Adjournment',
    'The meeting was adjourned at 7:10 PM.',
  ].join('\n');

describe('a placeholder addressing the reader', () => {
  it('reads sample minutes whose names are “[YOUR NAME]” as a template', () => {
    expect(extractFromText(sample('[YOUR NAME]')).isMinutes).toBe(false);
  });

  it('still reads the same minutes with the name filled in as a record', () => {
    expect(extractFromText(sample('Mr. Paul Osei')).isMinutes).toBe(true);
  });
});
