import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const CIRCULAR = `6th March, 1990.
Vice-Chancellors of Universities,
Directors of Institutes.
The Eastby Grants Commission at its 287th meeting held on 9th January 1990 decided that :
(a) the present post of Director of Physical Education (Lower Grade) be abolished from the approved cadre.
(b) the post of Director of Physical Education (Higher Grade) be designated as Director of Physical Education.
(Mrs. A Perera - Acting Secretary)
- Chairman/EGC
- Members of the EGC
`;

const MINUTES = `Minutes of the 287th meeting of the Eastby Grants Commission held on 9th January 1990
Present: Prof. A Silva (Chairman), Dr B Perera, Mr C Fernando
1. The Commission decided that the post of Director of Physical Education (Lower Grade) be abolished.
2. The Commission approved the scheme of recruitment for Instructors.
`;

describe('an English circular passing on the decisions of a meeting', () => {
  it('is not minutes', () => {
    const d = extractFromText(CIRCULAR);
    expect(d.isMinutes).toBe(false);
  });
  it('leaves the minutes of the meeting alone', () => {
    expect(extractFromText(MINUTES).isMinutes).toBe(true);
  });
});
