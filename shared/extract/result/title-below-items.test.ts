import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// Agendas (made up) whose item naming the minutes to be taken reads like a minutes title.
describe('a minutes line below items of business', () => {
  it('is an agenda item, not the title: the agenda is refused', () => {
    const agenda = ['Board of Trustees Meeting', 'Meeting of Eastby Library Board', 'TUESDAY, SEPT 5, 2017 (please note different day)', 'Library Meeting Room', '5:30-6:30 p.m.', ' Call to Order', '    Minutes—August 7, 2017', '    Director’s Report—Library Progress during August, 2017', '    Financial Report—August, 2017', '    Activities Report—August, 2017', 'Unfinished Business', '•    Summer Reading program, BUILD A BETTER WORLD', '1.    Parade! (how it went!)', '2.    Eclipse! (how it went!)', '•    School district and building ties', '•    Smartboard repair progress', 'New Business', '•    Approve the 2018 budget request to the county', '•    Approve the holiday closing schedule', 'Adjourn'].join('\n');
    expect(extractFromText(agenda).isMinutes).toBe(false);
  });
  it('is an agenda item under apologies too', () => {
    const agenda = ['Annual General Meeting and Spring Group Meeting', 'Monday 14th May, 2012', 'At the Eastby Heritage Centre, Taunton', 'Agenda', '09.45 Registration, tea/coffee', '10.05 Annual General Meeting', 'Apologies for absence', 'Minutes of the last Annual General Meeting', 'Chairman’s report', 'Treasurer’s report', 'Election of officers & committee members', '10.30 Spring Meeting', 'Minutes of the Winter Group Meeting (20th February 2012)', 'Matters arising from the Minutes', 'Any other business', 'Date and location of the next meeting: Monday 15th October 2012', '10.40 Insurance matters'].join('\n');
    expect(extractFromText(agenda).isMinutes).toBe(false);
  });
  it('leaves a record titled at its head a record', () => {
    const record = ['Minutes of the Eastby Library Board, September 5, 2017', 'Present: Ann Lowe, Bo Tran, Cy Webb', 'Call to Order', 'The meeting was called to order at 5:30 p.m. by Ann Lowe.', 'Minutes of August 7, 2017', 'Bo Tran moved to approve the minutes; Cy Webb seconded. Motion carried.', 'Budget', 'It was agreed that the 2018 budget be adopted.'].join('\n');
    const d = extractFromText(record);
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe('Minutes of the Eastby Library Board, September 5, 2017');
  });
});
