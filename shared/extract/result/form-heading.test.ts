import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const FORM = `EGM Proxy Form

Extraordinary General Meeting

Form of proxy

For Eastby Trust Members who are NOT attending the Extraordinary General Meeting (EGM) on 20 February 2025.

Note:

  1. A proxy must vote in accordance with any instructions given by the member by whom they are appointed.
  2. The abstain option is provided so that you can instruct your proxy to abstain from voting on a resolution.
  3. To be valid, this form must be received by 5pm 17 February 2025.
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
