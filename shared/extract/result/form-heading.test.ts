import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const FORM = `EGM Proxy Form

Green woodpecker

Green woodpecker by Ann Photo

Extraordinary General Meeting

Form of proxy

For Eastby Trust Members who are NOT attending the Extraordinary General Meeting (EGM)

For your proxy to be valid, you must complete and digitally sign this form.

Note:

  1. A proxy must vote in accordance with any instructions given by the member by whom they are appointed.
  2. Joint and family members may appoint a proxy to exercise both their votes.
  3. The ‘abstain’ option is provided so that you can instruct your proxy to abstain from voting on a particular resolution. A vote withheld in this manner is not a vote in law and will not be counted in the calculation of the proportion of the votes ‘for’ or ‘against’ a resolution.
  4. To be valid, this form must be received by 5pm 17 February 2025.
  5. By completing and returning this form, you are not prevented from attending the meeting if you later decide to do so. However, your attendance will revoke the appointment of a proxy.

There is no need to send a Proxy Form if you are attending the EGM meeting. Members can vote on the day, using the online voting system.

Members details

Appointment of proxy

If you wish the duly appointed chair of the meeting to act as your proxy, in your absence, select the first box against ‘The chair of the meeting’. Otherwise select the second box and write write the name, address and membership number of your proxy, to act in your absence, in block capitals in the box provided. Your proxy must be another paid up member of the Trust eligible to vote at this meeting. If your proxy is unable to attend the meeting, your proxy appointment will revert to the chair. If you do not want this to happen then you should delete the words ‘The chair of the meeting, or’ in which case if your proxy does not attend your vote will not be counted.

I, being a paid-up member of the Eastby Trust, hereby appoint:


EGM Business

To accept the
`;

describe('a form headed as such', () => {
  it('is not minutes', () => {
    expect(extractFromText(FORM).isMinutes).toBe(false);
  });
  it('leaves minutes that name a form in an item', () => {
    const d = extractFromText('Minutes of the Extraordinary General Meeting held on 20 February 2025\nPresent: Ann Lee (Chair), Bo Tran, Cy Diaz\nProxy form\n1. The resolution to amend the articles was carried by 120 votes to 4.\n2. It was agreed that the accounts be approved.\n');
    expect(d.isMinutes).toBe(true);
  });
});
