import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const head = 'MINUTES OF THE REGULAR MEETING OF COUNCIL of the Town of Wembley. Held in the Municipal Office this 24th day of November, 2014.\n';
const body = '2. APPROVAL OF AGENDA\nMoved by Councillor Holler that the agenda be adopted.\nCARRIED\n';

describe('a roll under the call to order, a member a line', () => {
  it('by style, with staff by office after the members, and the one who called the meeting to order', () => {
    const d = extractFromText(
      `${head}1. CALL-TO-ORDER Mayor Turnmire called the meeting to order at 7:00 p.m.\nCouncillor Anaka\nCouncillor Holler\nCouncillor Jones\nCAO Lori Parker\nRegrets: Councillor Robichaud\n${body}`,
    );
    expect(d.attendees).toEqual(['Turnmire', 'Anaka', 'Holler', 'Jones', 'Lori Parker']);
  });
  it('as name and office, leaving out those marked absent', () => {
    const d = extractFromText(
      'COUNCIL MEETING MINUTES- Special Meeting\nNovember 13th, 2019\nMayor Albert Gallant called the meeting to order at 6:00 P.M.\nAlbert Gallant – Mayor\nAllan Parks – Deputy Mayor\nJacqueline Lecky- Councillor\nIvan Blanchard- Councillor (Absent)\nMichelle Perry- Administrator\nThe first reading of the Fire Service By-law was given.\nMoved by Allan Parks that the by-law be read a first time. Carried.\n',
    );
    expect(d.attendees).toEqual(['Albert Gallant', 'Allan Parks', 'Jacqueline Lecky', 'Michelle Perry']);
  });
  it('not two lines that happen to follow it', () => {
    const d = extractFromText(`${head}1. CALL-TO-ORDER Mayor Turnmire called the meeting to order at 7:00 p.m.\nCouncillor Anaka\nCouncillor Holler\n${body}`);
    expect(d.attendees).not.toContain('Anaka');
  });
});

describe('a roll call told as a sentence', () => {
  it('takes the members after "the following … responding:" or "… answered as their names were called:"', () => {
    const a = extractFromText(
      'Village Board Special Meeting Minutes\nMay 2, 2023\nTanner Tool called the meeting to order at 10:00 A.M. by calling for the roll with the following members responding: Kyle Lawrence, Tanner Tool, Davis Miner, and Michael Strong. Absent: Mike Brown.\nIt was moved by Tanner and seconded by Michael Strong to approve the hot patch work. Motion carried.\n',
    );
    expect(a.attendees).toEqual(['Kyle Lawrence', 'Tanner Tool', 'Davis Miner', 'Michael Strong']);
    const b = extractFromText(
      'MINUTES OF THE CITY COUNCIL MEETING FEBRUARY 24, 2014\nThe meeting was called to order by Mayor Freeman. On roll call, the\nfollowing Council members answered as their names were called: Alderman Parker, Blake,\nMoore, Dodd and Sagely. A quorum was declared.\nAlderman Parker made a motion to approve the minutes. The motion carried.\n',
    );
    expect(b.attendees).toEqual(['Parker', 'Blake', 'Moore', 'Dodd', 'Sagely']);
  });
});
