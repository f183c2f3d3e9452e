import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A standards working group's wiki notes: its participants listed by group under a heading, each group's name in bold.
const notes = (groups: string[]) => ['# **GW SWG Meeting 7**', '', '## Tues 25 June 2019', '', '## **Participants**', '', ...groups, '', '## **Results**', '', '1.  GWML2 revision v2.3 approved by GW-SWG'].join('\n');

describe('participants listed by group, a bullet each', () => {
  it('reads every group’s people, the group names left out', () => {
    const d = extractFromText(notes(['- **GW SWG:** B.Brodaric, D.Blodgett, E.Boisvert', '- **Other:** C.Cipolloni, K.Jozwik']));
    expect(d.attendees).toEqual(['B.Brodaric', 'D.Blodgett', 'E.Boisvert', 'C.Cipolloni', 'K.Jozwik']);
  });

  it('leaves an absent group out', () => {
    const d = extractFromText(notes(['- Members: B.Brodaric, D.Blodgett, E.Boisvert', '- Apologies: C.Cipolloni, K.Jozwik']));
    expect(d.attendees).toEqual(['B.Brodaric', 'D.Blodgett', 'E.Boisvert']);
  });
});
