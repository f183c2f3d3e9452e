import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// "Minutes are unofficial until approved by Town Board.": a sentence about the record's standing, never its heading.
describe('a sentence with minutes for its subject under the heading', () => {
  const record = [
    'Minutes of 09-12- 2016 Special Meeting of Electors',
    'Minutes are unofficial until approved by Town Board.',
    'The special Meeting of Electors was called to order by Chairman Lund at 7:00 P.M. at the Town Hall.',
    'Town Board members present were Kevin Larson, Amy Shafer, Jim Lund and William Peavey.',
    'Motion was made by Larson, seconded by Shafer to approve the resolution. Motion carried.',
  ].join('\n');

  it('leaves the heading the title', () => {
    expect(extractFromText(record).title).toBe('Minutes of 09-12- 2016 Special Meeting of Electors');
  });
});
