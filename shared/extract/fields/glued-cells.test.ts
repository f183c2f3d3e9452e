import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { unglueCells } from './glued-cells';

describe("a table's cells run together", () => {
  it('cuts where a word in lower case runs into the next capital, twice or more on a line', () => {
    expect(unglueCells('Lorne Green, ChairSandra MargettieFred Tilley')).toBe('Lorne Green, Chair, Sandra Margettie, Fred Tilley');
    expect(unglueCells('John BerkJackie OrganStuart Matheson')).toBe('John Berk, Jackie Organ, Stuart Matheson');
  });

  it('leaves a name with a capital inside, a prefix\'s capital, and a list already parted by commas', () => {
    expect(unglueCells('Jo RoseMary')).toBeNull();
    expect(unglueCells('Beth MacIsaac, Director')).toBeNull();
    expect(unglueCells('Mark Bonin, Josephine StowersFiu, Easter Galuvao, Aolagi JacksonAnderson, Neil Lumsden')).toBeNull();
  });

  it('reads the roll row by row', () => {
    const d = extractFromText(
      ['CAPE BRETON-VICTORIA REGIONAL SCHOOL BOARD', 'MINUTES OF THE REGULAR MEETING HELD JANUARY 16, 2013', 'Present: Lorne Green, ChairSandra MargettieFred Tilley', 'John BerkJackie OrganStuart Matheson', 'Darren Googoo', 'Call To Order', 'Absent: Barb MercerGary Fraser', '(3) APPROVAL OF AGENDA:', 'Moved by Commissioner Tilley, seconded by Commissioner Margettie, that the agenda be approved. Motion carried.'].join('\n'),
    );
    expect(d.attendees).toEqual(['Lorne Green', 'Sandra Margettie', 'Fred Tilley', 'John Berk', 'Jackie Organ', 'Stuart Matheson', 'Darren Googoo']);
    expect(d.presider).toBe('Lorne Green');
  });
});
