import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('minutes whose fields could not be placed are still minutes by their marks', () => {
  it('a PDF text run together: a minutes heading, who was present, who chaired, the meeting held on a date', () => {
    const pdf =
      'MINUTES OF THE 12th MEETING OF THE BOARD OF STUDIES HELD ON 3RD MARCH, 2021 AT THE SENATE HALL. The 12th Meeting of the Board was held on 3rd March, 2021, in which the following were present: 1. 2. 3. Prof. A. Rao Dr. B. Nair Dr. C. Iyer Chairman Member Member The minutes of the last meeting were confirmed.';
    expect(extractFromText(pdf).isMinutes).toBe(true);
  });
  it('a heading run into one line with who chaired "under the Chairpersonship of" and "The list of participants is annexed"', () => {
    const line =
      'Home Register Minutes of the 14th meeting of the Board of Approval for Industrial Parks held on 12th March 2019 - Minutes Extract The Fourteenth meeting of the Board was held on 12th March, 2019 under the Chairpersonship of Shri K. Menon, Secretary, at 11.00 A.M. in Room No. 5. The list of participants is annexed. Item No. 14.1: Request of M/s. Alpha Ltd. The Board after deliberations approved the request. Item No. 14.2: Request of M/s. Beta Ltd. The Board after deliberations approved the extension.';
    expect(extractFromText(line).isMinutes).toBe(true);
  });
  it('"Members Present" run into a table read as one line under a minutes heading', () => {
    const line =
      'Minutes of District Works Committee Meeting Held on Tuesday 5th March 2019 in the Council Hall. MINUTES OF DISTRICT WORKS COMMITTEE MEETING Members Present S/N Name Designation 1 Akello Grace District Engineer 2 Mugisha Paul District Planner 3 Nabirye Ruth Treasurer Min 1/03/2019 Opening prayer The meeting was opened with a prayer. Min 2/03/2019 Works plan The committee resolved that the plan be adopted.';
    expect(extractFromText(line).isMinutes).toBe(true);
  });
  it('the same words in a page that is no record: a notice naming the members to be present is still refused', () => {
    const notice = 'Notice of Meeting\nNotice is hereby given that a meeting of the Works Committee will be held on Tuesday 5th March 2019 at 10 am. Members present at the last meeting are asked to bring their papers. The list of participants will be circulated.';
    expect(extractFromText(notice).isMinutes).toBe(false);
  });
  it('a Traditional-script record read as one line: 會議紀錄, 出席者 over names, 主席', () => {
    const line = '某區議會會議紀錄日期:2003年6月9日(星期一)時間:下午2時正出席者主席陳大文先生副主席李小明先生議員王一先生張二女士列席者劉三先生民政事務專員';
    expect(extractFromText(line).isMinutes).toBe(true);
  });
  it('a guide that explains the terms (「出席者」指…) is no record', () => {
    const guide = '會議紀錄的寫法\n1.「出席者」指出席會議並有發言、動議、提案、討論、表決及選舉權利的人。\n2.「列席者」指列席會議指導、報告、備詢的人。\n3. 主席應於會後簽署紀錄。';
    expect(extractFromText(guide).isMinutes).toBe(false);
  });
  it('a model text with masked names beside an empty form is not minutes', () => {
    const model = '鎮長辦公會會議紀要\n???鎮長主持召開會議,現紀要如下:\n一、???彙報前期準備工作。\n二、???彙報資金情況。\n三、會議同意由???負責。\n鎮長辦公會會議紀要\n主持人:\n出席:\n會議主要議題及議定事項:';
    const d = extractFromText(model);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/model/);
  });
  it('capitals labels inside one run-together line: a council meeting with ATTENDANCE and its opening', () => {
    const line =
      'CONFIRMED MINUTES – ORDINARY MEETING, 9 JUNE 2021 RIVERTON SHIRE COUNCIL MINUTES OF THE ORDINARY MEETING HELD AT THE SHIRE HALL ON WEDNESDAY 9 JUNE 2021 ATTENDANCE Crs A Smith, B Jones & C Brown OFFICERS PRESENT Mr D White, Chief Executive Officer The Mayor declared the meeting open at 9:00am. CORRESPONDENCE The correspondence was received.';
    expect(extractFromText(line).isMinutes).toBe(true);
  });
  it('a record that opens "A meeting of the … was held on …" over who was present, with no minutes heading', () => {
    const text =
      'RIVERSIDE COLLEGE\n\nAn Ordinary meeting of the Academic Board was held on Monday, 4th March, 2019 at 2.00 p.m. in the Senate Room. The following members were present: 1 Prof. A. Rao 2 Dr. B. Nair 3 Dr. C. Iyer\n\nThe following members could not attend the meeting: 1. The Director of Education 2. Dr. D. Shah\n\nDr. E. Joshi, Registrar and Secretary to the Board';
    expect(extractFromText(text).isMinutes).toBe(true);
  });
  it('an agenda run together on one line is still told by its heading, not by a word further on', () => {
    const line = 'Riverton Community Council Minutes of the meeting: Monday 8th March 2021 Councillors present: Ann Holden (AH-Chair), Bob Shearer (BS), Carol Moore (CM). Apologies: Police. Abbreviations: members are named by their initials. 1. Police report: none received. 2. Agenda items for the open day were discussed: AH reported the hall is booked; BS will print the posters.';
    expect(extractFromText(line).isMinutes).toBe(true);
  });
});

describe('a record under a document site’s chrome', () => {
  const chrome = ['• No results found', 'minutes of the ordinary council meeting (no.', 'N/A', 'Protected', 'Academic year: 2025', 'Share "minutes of the ordinary council meeting (no."', 'Copied!', '8', '0', '0', 'Full text', '(1)', 'Download (0) Views', 'Report this document', 'Save', 'Related documents', 'Show more', 'Page 1 of 8'];
  const record = ['MINUTES OF THE ORDINARY COUNCIL MEETING (NO.', '4 OF 2022/23) HELD IN THE COUNCIL CHAMBER ON TUESDAY, 14TH JUNE 2022 AT 10:00 PRESENT', 'COUNCILLORS', '1 A B Cele Speaker 2 C D Dube Mayor', 'ABSENT WITH AN APOLOGY', 'E F Gumede Councillor'];
  it('is minutes: the heading and its date are found past the chrome', () => {
    expect(extractFromText([...chrome, ...record].join('\n')).isMinutes).toBe(true);
  });
  it('a site page naming minutes with no record under it stays refused', () => {
    expect(extractFromText([...chrome, 'Please log in to read this document.'].join('\n')).isMinutes).toBe(false);
  });
});

describe('a record printed in both languages, or naming its members by office', () => {
  it('an English-led bilingual record: labels glued to their Chinese ("Date日期", "Chair主席"), outcomes under 議決事項', () => {
    const page = [
      'Minutes of the 2019 General Meeting',
      '二零一九年度會員大會會議記錄',
      'Date日期        8 June 2019',
      'Time時間        10:00am to 11:30am',
      'CoChair主席     Mr Peter Lau and Ms Amy Ho',
      'Secretary文書   Mr Ken Ip',
      'Resolutions議決事項',
      '1. Adopted the accounts for 2018.',
      '2. Elected three committee members.',
      '通過接納二零一八年度賬目。',
      '選出三位委員。',
    ].join('\n');
    expect(extractFromText(page).isMinutes).toBe(true);
  });
  it('a Chinese-led bilingual record: who was present told in English, its recorder named in English', () => {
    const page = [
      '某某協會義工小組會議記錄',
      '[Volunteer Group] MEETING MINUTES',
      '此次會議於社區中心舉行 時間: 2010年3月6日下午2時',
      'The following is an account of the meeting held at the community centre on 6th March 2010',
      '1.參與者 Attendees',
      'The following members of the group were PRESENT',
      '關懷 (Care): 王小文 Mary Wong',
      '交通 (Transport): 李大同 David Lee',
      'Minutes Recorder: Helen Chan',
      '2.會議主題 Topics',
      '討論下月探訪安排 Visits for next month',
    ].join('\n');
    expect(extractFromText(page).isMinutes).toBe(true);
  });
  it('a plenary\'s record: 議事錄 over members named by office and parted by spaces', () => {
    const page = ['某縣議會第3屆第2次定期會第5次會議議事錄', '時 間 中華民國110年5月3日上午9時', '地 點 本會議場', '出席議員 王大同 李小明 陳美玲 張志強', '請假議員 林文雄', '一、縣長施政報告'].join('\n');
    expect(extractFromText(page).isMinutes).toBe(true);
  });
  it('a club\'s members\' meeting record (社員大會紀錄): who came, who chaired', () => {
    const page = ['某大學登山社社員大會紀錄', '日期：2005年10月3日', '地點：活動中心201', '到場社員：小明、阿華、大偉、志豪、佩君', '主持人：阿華', '議題1：本學期活動', '社長：這學期先辦兩次郊山。'].join('\n');
    expect(extractFromText(page).isMinutes).toBe(true);
  });
  it('an English notice with a Chinese line or two is no bilingual record', () => {
    const notice = ['Notice of Annual General Meeting', '週年大會通告', 'Notice is hereby given that the AGM will be held on 8 June 2019 at 10am.', 'Members are asked to attend.'].join('\n');
    expect(extractFromText(notice).isMinutes).toBe(false);
  });
});

