import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const body = [
  'Present: Cllr John Smith (Chair), Cllr Mary Jones, Cllr Tom Brown',
  'Apologies: Cllr Ann Lee',
  '1. Minutes of the previous meeting',
  'It was resolved that the minutes of the meeting held on 5 February 2020 be approved.',
  '2. Budget',
  'It was agreed that the budget for 2020/21 be adopted as circulated.',
  'The meeting closed at 9.15pm.',
].join('\n');

/** The heading printed as one long line naming the meeting and where or when it was held. */
const headings = [
  'Minutes of a Meeting of Riverside Parish Council held at 7.00pm on Monday 2 March 2020 at the Parish Council Chamber, Leicester Road, Riverside',
  'Minutes of the Annual General Meeting ("AGM" or the "Meeting") of the Company held via live webcast on Monday, 2 March 2020 at 10.00 a.m.',
  'Minutes of the 68th meeting of the Board of Approval held on 2nd March 2020 to consider proposals for setting up Special Economic Zones',
  'Regular Meeting of the members of Council of the Town of Riverside, held in the Council Chambers, Riverside, Manitoba this 2nd day of March, 2020 A.D. at 7:00 p.m.',
  'Special Meeting of the Board of Trustees of the Riverside Library held in the Library Meeting Room on Monday, March 2, 2020 at 6:30 PM',
];

describe('a long heading line naming the meeting held', () => {
  it.each(headings)('%s', (heading) => {
    const d = extractFromText(`${heading}\n${body}`);
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe(heading);
  });

  // A listed company's letterhead: its registration and incorporation in brackets, then "(the "Company")".
  it.each([
    'RIVERSIDE HOLDINGS LIMITED (Company Registration No. 198803293M) (Incorporated in The Republic of Singapore)\n(the "Company")',
    'RIVERSIDE BERHAD (Registration No. 199601012345 (123456-A)) (Incorporated in Malaysia)\n(the "Company")',
    'RIVERSIDE HOLDINGS LIMITED (Company Registration No. 198803293M) (Incorporated in The Republic of Singapore)',
  ])('below a letterhead: %s', (letterhead) => {
    const d = extractFromText(`${letterhead}\n${headings[1]}\n${body}`);
    expect(d.title).toBe(headings[1]);
  });

  it('a sentence that introduces who attended is no heading', () => {
    const d = extractFromText(`Minutes of the meeting of the Riverside Parish Council held on 2 March 2020, at which the following were present:\n${body}`);
    expect(d.title).not.toBe('Minutes of the meeting of the Riverside Parish Council held on 2 March 2020, at which the following were present:');
  });
});
