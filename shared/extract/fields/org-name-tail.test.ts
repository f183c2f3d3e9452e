import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A body's name alone at the top (made up), with a tail that is no word of the name.
const body = 'Minutes of the Committee meeting held on 4 May 2021\nPresent: A Smith, B Jones, C Brown\n1. The minutes of the last meeting were approved.\n2. It was agreed to renew the lease. Action: B Jones to write to the landlord.\n';
const heads = [
  'Eastby Tennis Club Inc',
  'Riverside Allotments Inc.',
  'Northfield Residents Association AISBL',
  'HARBOUR VIEW (EASTBY) BERHAD (12345X)',
  'Westfield Community Trust Ltd',
  'EASTBY CHINESE CULTURAL CENTRE (ECCC)',
  'Eastby Institute of Technology (Autonomous)',
  'Village of Eastby Water District #2',
];

describe('a body named with its legal form, acronym or number', () => {
  for (const head of heads)
    it(head, () => {
      expect(extractFromText(`${head}\n${body}`).issuer).toBe(head);
    });
  it('not a person named with initials', () => {
    expect(extractFromText(`Lynne Wilson (LWI)\n${body}`).issuer).toBeNull();
  });
});
