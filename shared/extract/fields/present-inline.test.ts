import { describe, expect, it } from 'vitest';
import { presentInline } from './present-inline';
import { extractFromText } from '../index';

describe('an attendance label inside a line of the opening', () => {
  it.each([
    ['Call to Order: 3:50 p.m. Pledge of Allegiance Trustees Present: Nordquist, Lofdahl, Hudson, Carpenter, Leach', ['Nordquist', 'Lofdahl', 'Hudson', 'Carpenter', 'Leach']],
    ['1. Call to order and roll call – Present: Baker, Dunn, Foster, Hart', ['Baker', 'Dunn', 'Foster', 'Hart']],
    ['Call to Order: 7:02 pm. Members Present: Anne Baker, Carl Dunn and Eve Foster. Absent: Gail Hart', ['Anne Baker', 'Carl Dunn', 'Eve Foster']],
    ['Opened 7 pm. Commissioners Present: Mycock, Field, B. Nailor Also Present: Chief Smith', ['Mycock', 'Field', 'B. Nailor']],
    ['Call to Order: 7 pm. The budget was present: in the packet for review.', []],
    ['Present: Baker, Dunn', []],
  ])('%s', (line, names) => {
    expect(presentInline(line)).toEqual(names);
  });

  it('is read through the pipeline when no label gives the list', () => {
    const d = extractFromText('Clark Township Board\nSpecial Meeting Minutes\nJanuary 14, 2008\n\nCall to Order: 3:50 p.m. Pledge of Allegiance Trustees Present: Nordquist, Lofdahl, Hudson, Carpenter, Leach\n\nCarpenter moved to approve the agenda as presented. Leach supported. Motion Carried.\n');
    expect(d.attendees).toEqual(['Nordquist', 'Lofdahl', 'Hudson', 'Carpenter', 'Leach']);
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });
});
