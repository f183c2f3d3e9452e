import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (roll: string) => ['MINUTES OF THE 7TH MEETING OF THE BOARD OF GOVERNORS HELD ON 5 MAY 2018', roll, '1. Confirmation of minutes', 'The Board confirmed the minutes of the 6th meeting.'].join('\n');

describe('the chair marked by a post after a colon or a dash that closes the entry', () => {
  it.each([
    ['Members Present : 1. Prof. G.C. Tripathi : Chairman 2. Prof. Rajeev Sangal : Member 3. Shri Ganesh Bagaria : Member', 'G.C. Tripathi'],
    ['Members present : 01. Prof. A.K. Buragohain, Vice-Chancellor – Chairperson 02. Prof. K.D. Hazari, Member 03. Dr. R. Das, Member', 'A.K. Buragohain'],
    ['Present:\nMr. N. Francis – Chairman/Cadeirydd\nMrs. A. Jones\nMr. B. Evans', 'N. Francis'],
  ])('%s', (roll, chair) => expect(extractFromText(record(roll)).presider).toBe(chair));

  it.each([
    ['Call to Order, Pledge of Allegiance – Chair Marilyn Bloom'],
    ['Election of Officers – Chairman: Eddie Flynn; Secretary: Tom Brophy'],
  ])('takes no post that opens something else for the chair mark: %s', (roll) => {
    const presider = extractFromText(record(roll)).presider;
    expect(['Allegiance', 'Officers']).not.toContain(presider);
  });
});
