import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const minutes = (opening: string) =>
  [
    'VFW Post 8600 Membership Meeting Minutes, December 2019',
    `1) Opening Ceremony: ${opening} Chaplain gave opening prayer and all joined in pledge of allegiance.`,
    '2) Roll Call of Officers: All officers present except the Surgeon.',
    '3) Minutes of last meeting: Motion to accept by Danny, second by Steve. Motion passed.',
    '4) New Business: Jimmy makes a motion for immediate funds to pay up to $2,500. Motion second by Danny. Motion passed.',
  ].join(' \n');

describe('a post where the chair’s name should be', () => {
  it('names no presider in "called to order at 1810 by Commander."', () => {
    expect(extractFromText(minutes('Meeting called to order at 1810 by Commander.')).presider).toBeNull();
  });

  it('still reads the name in "called to order at 1810 by Commander Jim Ward."', () => {
    expect(extractFromText(minutes('Meeting called to order at 1810 by Commander Jim Ward.')).presider).toBe('Jim Ward');
  });
});
