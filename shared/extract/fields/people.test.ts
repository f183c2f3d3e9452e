import { describe, expect, it } from 'vitest';
import { cleanEnPerson, findPresider, presiderFromLabel, isPost, readEnAttendance, readRunOnList, readZhAttendance, zhNameFrom, zhActingChair } from './people';
import { zhAttendanceSentence } from './attendance';

describe('people', () => {
  it('finds the presider in Chinese sentences and labels', () => {
    expect(findPresider('会议由常务副院长乙军主持，主要内容如下：', 'zh')?.name).toBe('乙军');
    // A verbatim record: the chair named as a speaker; a member speaking is no chair.
    expect(findPresider('乡政总质询：\n主席洪某珊：现在开始进行下午的议程。\n方代表水某：主席、乡长，大家好。', 'zh')?.name).toBe('洪某珊');
    expect(findPresider('方代表水某：主席、乡长，大家好。', 'zh')).toBeNull();
    expect(findPresider('区政府代理区长毛志强在区应急管理局二楼会议室主持召开常务会议', 'zh')?.name).toBe('毛志强');
    expect(findPresider('胡永光区长主持召开区政府第86次常务会议', 'zh')?.name).toBe('胡永光');
    expect(findPresider('（主持人:黄德宝 汇报人:郭媛媛）', 'zh')?.name).toBe('黄德宝');
    expect(findPresider('学院召开2022年第17次党政联席会议。', 'zh')).toBeNull();
    expect(findPresider('常务副校长在206会议室主持召开了校务会', 'zh')).toBeNull();
  });
  it('finds the presider in English', () => {
    expect(findPresider('the leader of the county group xxx presided over the meeting', 'en')?.name).toBe('xxx');
    expect(findPresider('Dan Middleton (DM) opened the call at 7:04am', 'en')?.name).toBe('Dan Middleton');
    expect(findPresider('The meeting was chaired by Mr J. Smith.', 'en')?.name).toBe('J. Smith');
    expect(findPresider('chaired by Mr ', 'en')).toBeNull();
  });
  it('strips titles from Chinese names', () => {
    expect(zhNameFrom('市委常委、常务副市长陈勇')).toBe('陈勇');
    expect(zhNameFrom('張主任')).toBe('張主任');
  });
  it('reads attendance lists', () => {
    expect(readZhAttendance('黄德宝 管清美 张 静')).toEqual(['黄德宝', '管清美', '张 静']);
    const en = readEnAttendance('Cllr Mr G. Hotchkin – Chairman, Cllrs J Frizzell, G Frizzell and the Clerk – Adrian Illingworth');
    expect(en.names).toEqual(['G. Hotchkin', 'J Frizzell', 'G Frizzell', 'Adrian Illingworth']);
    expect(en.chair).toBe('G. Hotchkin');
    expect(zhAttendanceSentence('区人大常委会主任孙强，副主任刘顺林、苗宗启出席了会议。')).toEqual(['孙强', '刘顺林', '苗宗启']);
    expect(zhAttendanceSentence('参加会议的有市商委、市国土房管局等有关部门的负责同志。')).toEqual(['市商委', '市国土房管局']);
    expect(zhAttendanceSentence('常务副市长陈勇率市环保局李春文、苏开伟、市供排水公司柴文光到中烟公司召开现场办公会。')).toEqual(['李春文', '苏开伟', '柴文光']);
    expect(zhAttendanceSentence('会议效率提高到新水平。')).toEqual([]);
  });
});

describe('presider and attendance in other layouts', () => {
  it('a headline "…召开会议 张军主持" names the presider', () => {
    expect(findPresider('县委常委会召开会议 张军主持', 'zh')?.name).toBe('张军');
  });
  it('one name a line under a label, the chair marked "(主席)", a bare title lowering the confidence', async () => {
    const { extractFromText } = await import('../index');
    const d = extractFromText('小组委员会\n会议纪要\n日 期 : 1998年7月24日\n出席委员 :\n刘慧卿议员(主席)\n杨耀忠议员\n何秀兰议员\n缺席委员 :\n黄容根议员\n一、选举主席\n二、议员同意于下次会议讨论下列事项。');
    expect(d.presider).toBe('刘慧卿');
    expect(d.attendees).toEqual(['刘慧卿议员', '杨耀忠议员', '何秀兰议员']);
  });
});

describe('English lists', () => {
  it('the list’s closing full stop is not part of the last name; an initial keeps its own', async () => {
    const { readEnAttendance } = await import('./people');
    expect(readEnAttendance('Madeline, Dominique, Quang, Kira, Daniela, Agustina.').names).toContain('Agustina');
    expect(readEnAttendance('Mr. A. Smith, B. Jones').names).toEqual(['A. Smith', 'B. Jones']);
  });
  it('a header line naming a body, alone or beside other columns, is the issuer', async () => {
    const { extractFromText } = await import('../index');
    const d = extractFromText('Fair Oaks Water District Financing Corporation      AGENDA ITEM III.1a\nApproved Minutes\nJanuary 21, 2025\nPresent: A Smith (Chair), B Jones, C Brown\nIt was agreed to adopt the budget.\nIt was agreed to meet in March.');
    expect(d.issuer).toBe('Fair Oaks Water District Financing Corporation');
  });
});

describe('English presiders in call-to-order sentences', () => {
  it.each([
    ['Chair Dick Dillon called the monthly meeting to order on January 22, 2020 at 6:30 pm.', 'Dick Dillon'],
    ['Call to order at 7:00 pm by President Knoup.', 'Knoup'],
    ['The January 20 special meeting was called to order by the president, Pam Costa. The board meeting was held in person.', 'Pam Costa'],
    ['Omar: Called the meeting to order @ 1:02 EST.', 'Omar'],
  ])('%s', (text, name) => {
    expect(findPresider(text, 'en')?.name).toBe(name);
  });
});

describe('English presiders told in other ways', () => {
  it('an office before the name, an opening declared by the last of several titles, a person after an office', () => {
    expect(findPresider('Board President Sarkovich called the meeting to order at 6:30 p.m.', 'en')?.name).toBe('Sarkovich');
    expect(findPresider('The Chair Person, the Shire President, Cr Crosby, declared the meeting opened at 4.00pm', 'en')?.name).toBe('Crosby');
    expect(findPresider('The meeting was presided over by the Vice-Chancellor Minhaj University Dr. Muhammad Nazir Roomani. It was attended by', 'en')?.name).toBe('Muhammad Nazir Roomani');
  });
  it('the chair marked in a list: "(Chair for items 1 & 2)" and a chair’s title before the name', () => {
    expect(cleanEnPerson('- [ML] Matthias Liffers (Chair for agenda items 1. & 2.)')).toEqual({ name: 'Matthias Liffers', chair: true });
    expect(readEnAttendance('Chairperson Josephine Bartley, Deputy Chairperson Debbie Allan').chair).toBe('Josephine Bartley');
    expect(readEnAttendance('Deputy Mayor Ann Lee, Councillor Bob Ray').chair).toBeNull();
  });
});

describe('English attendance in other shapes', () => {
  it('members known by initials are attendees; an abbreviation is not', () => {
    expect(readEnAttendance('MW, LR, EM, Miss Connell, CM, DD (part)').names).toEqual(['MW', 'LR', 'EM', 'Miss Connell', 'CM', 'DD']);
    expect(cleanEnPerson('AGM').name).toBeNull();
  });
});

describe('names printed with their posts', () => {
  it('a post alone is no person; the name is taken beside its post', () => {
    expect(isPost('Senior Executive Engineer')).toBe(true);
    expect(isPost('Museum Assistant')).toBe(true);
    expect(isPost('Vice-Chancellor')).toBe(true);
    expect(isPost('Alan Verrall')).toBe(false);
    expect(cleanEnPerson('Curator, S. Grant').name).toBe('S. Grant');
    expect(cleanEnPerson('Interim Deputy Treasurer, D. Ellis').name).toBe('D. Ellis');
    expect(cleanEnPerson('Chief Administrative Officer').name).toBeNull();
    expect(cleanEnPerson('Paula Hart Chief Building Official').name).toBe('Paula Hart');
  });
  it('initials run together are a name; "(in the Chair)" marks the chair', () => {
    expect(cleanEnPerson('Prof. Dr. K.L. Rao, Principal, Town College Member').name).toBe('K.L. Rao');
    expect(cleanEnPerson('Dr. P.S.Kale').name).toBe('P.S.Kale');
    const r = readEnAttendance('Cllr. Mrs A Brook (in the Chair), Cllr. B Dale, Cllr. C Fenn and Cllr. D Gale');
    expect(r.names).toEqual(['A Brook', 'B Dale', 'C Fenn', 'D Gale']);
    expect(r.chair).toBe('A Brook');
  });
  it('counts the items read as no person', () => {
    expect(readEnAttendance('A Brook, Town Clerk, B Dale').dropped).toBe(1);
  });
});

describe('attendance lists over lines', () => {
  it('a Chinese list left open at the line end goes on; an English list one a line keeps its commas', async () => {
    const { extractFromText } = await import('../index');
    const zh = extractFromText('某镇代表会会议纪录\n一、时间：2023年3月8日\n二、出席：张代表一、李代表二、\n王代表三、赵代表四\n三、主席：张代表一\n四、讨论事项\n决议：照案通过。');
    expect(zh.attendees).toEqual(['张代表一', '李代表二', '王代表三', '赵代表四']);
    const en = extractFromText('Minutes of the Ordinary Meeting of Lowford Council held on 5 May 2020\nMEMBERS PRESENT:\n- Councillor Abbot,\n- Councillor Barnes,\n- Councillor Cole.\nOFFICIALS IN ATTENDANCE:\n- Mr H. Dunn, County Manager\n1. Minutes\nIt was agreed that the minutes be confirmed.');
    expect(en.attendees).toEqual(['Abbot', 'Barnes', 'Cole', 'H. Dunn']);
  });
});

describe('Chinese attendance sentences naming groups', () => {
  it('groups named by their kind and posts alone are no attendees; titled persons are', () => {
    expect(zhAttendanceSentence('办公室主任、各科室负责人参加会议。')).toEqual([]);
    expect(zhAttendanceSentence('校领导、常委、校长助理、列席单位负责人和相关人员在行政楼201会议室参加会议。')).toEqual([]);
    expect(zhAttendanceSentence('党委副书记、院长李明，党委委员张强、王芳参加会议，有关部门负责人列席会议。')).toEqual(['李明', '张强', '王芳']);
    expect(zhAttendanceSentence('感谢各位理事、顾问来参加会议。')).toEqual([]);
  });
});

describe('a Chinese post set off by a space before the name', () => {
  it('"法務祕書　鄭宇智" is one person, named after the post', () => {
    expect(readZhAttendance('法務祕書　鄭宇智')).toEqual(['鄭宇智']);
    expect(readZhAttendance('县委书记 张三、李四')).toEqual(['张三', '李四']);
    // Two names parted by a space, and a post alone among units, stay as they were.
    expect(readZhAttendance('张三 李四')).toEqual(['张三', '李四']);
    expect(readZhAttendance('办公室主任、财务科')).toEqual(['办公室主任', '财务科']);
  });
});

describe("a name's suffix in a list", () => {
  it('"Mike Seely, Sr. Rita Perron": the suffix is the name\'s, the name after it the next person', () => {
    expect(readEnAttendance('Roger Hicks, Mike Seely, Sr. Rita Perron, Bennet Flinner').names).toEqual(['Roger Hicks', 'Mike Seely', 'Rita Perron', 'Bennet Flinner']);
    expect(readEnAttendance('J. Reed, III, Ann Lee').names).toEqual(['J. Reed', 'Ann Lee']);
  });
});

describe('the chair marked in English lists and sentences', () => {
  it('"(SH-Chair)", "(Secretary, AGM Chair)", "[Presiding Member]" mark the chair; "(Vice-Chair)" does not', () => {
    expect(readEnAttendance('Susan Hill (SH-Chair), David Shaw (DS- Vice-Chair), Rick Jones').chair).toBe('Susan Hill');
    expect(readEnAttendance('Ann Lee (Treasurer), Nick Bell (2017 Secretary, AGM Chair), Mo Wood (OCM)')).toEqual({ names: ['Ann Lee', 'Nick Bell', 'Mo Wood'], chair: 'Nick Bell', dropped: 0, sentenced: 0 });
    expect(readEnAttendance('Jo Jones (Vice-Chair), Al Bee').chair).toBeNull();
    expect(cleanEnPerson('Billy Kennedy, Vice-Chairman')).toEqual({ name: 'Billy Kennedy', chair: false });
    expect(cleanEnPerson('Mo Wood, Deputy Chair')).toEqual({ name: 'Mo Wood', chair: false });
    expect(cleanEnPerson('John Welch, Chairman')).toEqual({ name: 'John Welch', chair: true });
    expect(cleanEnPerson('Jeremy Hall [Presiding Member]')).toEqual({ name: 'Jeremy Hall', chair: true });
  });
  it('"X took the Chair", "Mayor X assumed the Chair"', () => {
    expect(findPresider('Cllr. O. Wynn took the Chair and welcomed everyone.', 'en')?.name).toBe('O. Wynn');
    expect(findPresider('Private Prayer: Mayor H.S. Hale assumed the Chair and called the meeting to order.', 'en')?.name).toBe('H.S. Hale');
  });
  it('a table read a cell a line: the post under a name belongs to it', async () => {
    const { extractFromText } = await import('../index');
    const d = extractFromText('MINUTES OF THE ANNUAL GENERAL MEETING HELD ON 30 AUGUST 2019\nPresent:\nMr Nick Nganga\n-\nChairman\nMr Mike Joseph\n-\nChief Executive Officer\nDr Bea Ndemo\n-\nDirector\n1. Accounts\nIt was resolved that the accounts be adopted.');
    expect(d.attendees).toEqual(['Nick Nganga', 'Mike Joseph', 'Bea Ndemo']);
    expect(d.presider).toBe('Nick Nganga');
  });
});

describe('lists run into the text', () => {
  it('a numbered list and a list of honorifics give their names; posts after them are left out', () => {
    expect(readRunOnList('1 Prof. Ravi Mehta –Hon’ble Vice Chancellor 2 Prof. Uma M. Iyer 3 Shri Amit Shah 4 Dr. K.L. Rao Member')).toEqual(['Ravi Mehta', 'Uma M. Iyer', 'Amit Shah', 'K.L. Rao']);
    expect(readRunOnList('Dr Leena Rao, Chairperson Ms Anita Das Mr Imran Amjad (telephone) Prof Alok Dey')).toEqual(['Leena Rao', 'Anita Das', 'Imran Amjad', 'Alok Dey']);
    expect(readRunOnList('The meeting was opened by the chair.')).toEqual([]);
  });
  it('initials before a surname, and the public counted after the last name', () => {
    expect(cleanEnPerson('JP Panisset, VES Technical community').name).toBe('JP Panisset');
    expect(readEnAttendance('Cllr Mick Peake, Borough Councillor Colin Sampson 1 member of the public').names).toEqual(['Mick Peake', 'Colin Sampson']);
  });
});

describe('attendance tables read a cell a line', () => {
  it('posts before the names mark the chair; a body is no person', async () => {
    const { extractFromText } = await import('../index');
    const d = extractFromText('Minutes of a meeting of the Eastby Local Board held on Tuesday, 26 September 2017\npresent\nChairperson\nJo Bart\nDeputy Chairperson\nDon Allen\nMembers\nDebbie Burr\nEastby Local Board\n1. Minutes\nIt was resolved that the minutes be confirmed.');
    expect(d.attendees).toEqual(['Jo Bart', 'Don Allen', 'Debbie Burr']);
    expect(d.presider).toBe('Jo Bart');
  });
  it('a remark after the dash belongs to the name; names after a line that stops the list make it a guess', async () => {
    const { extractFromText } = await import('../index');
    const d = extractFromText('MINUTES OF THE ANNUAL GENERAL MEETING HELD ON 30 AUGUST 2019\nPresent:\nMr Nick Nganga\n-\nChairman\nMr Shitul Shah\n-\nHolding proxy for Vodafone Ltd\nMr Festus Kingori\nAnd 4,393 members present in person or by proxy\nIn Attendance: Mr Sam Kamath\n-\nChief Finance Officer\nMr Peter Ngahu\n1. Accounts\nIt was resolved that the accounts be adopted.');
    expect(d.attendees.slice(0, 3)).toEqual(['Nick Nganga', 'Shitul Shah', 'Festus Kingori']);
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });
});

describe('the chair named outside a label of its own', () => {
  it('a 主席 label run into a line, a council\'s "surname, post, given name", a Hong Kong list with the chair first', () => {
    expect(findPresider('地点:行政大楼会议厅主席:王某明校长出席:甲乙丙、丁戊己', 'zh')?.name).toBe('王某明');
    expect(findPresider('四、出席人:本会秘书刘某某五、主席:陈副主席某民六、纪录:组员吴某美', 'zh')?.name).toBe('陈副主席某民');
    expect(findPresider('出席者主席林某强BBS太平绅士副主席周某香太平绅士议员方某先生', 'zh')?.name).toBe('林某强');
    expect(findPresider('出席者主席黄某泰议员副主席李某颐议员', 'zh')?.name).toBe('黄某泰');
    // A speaker's words after 主席: no name.
    expect(findPresider('主席：现在开始开会，请各位就座。', 'zh')).toBeNull();
  });
  it('English phrases naming the chair: "under the chairmanship of", "Chair of Meeting:", "… to chair the meeting"', () => {
    expect(findPresider('The opening ceremony began at noon, under the chairmanship of Engr. N.O. Adeyemi. The agenda was accepted.', 'en')?.name).toBe('N.O. Adeyemi');
    expect(findPresider('Chair of Meeting: Susan Hollis Item Action A: Introductions', 'en')?.name).toBe('Susan Hollis');
    expect(findPresider('2.I.V.Ramakrishna, the senior member (who was nominated by the members present, to chair the meeting) greeted the members.', 'en')?.name).toBe('I.V.Ramakrishna');
    expect(findPresider('The members elected Cllr Jane Porter to chair the meeting.', 'en')?.name).toBe('Jane Porter');
  });
  it('the chair marked by a post after a name in a list without a label; a vice-chair is not', () => {
    expect(findPresider('Present Jeremy Nolan [Presiding Member] Darryl Watts, Peter Cole', 'en')?.name).toBe('Jeremy Nolan');
    expect(findPresider('PRESENT: The following were present: Dr Leena Sharma, Chairperson Ms Anita Rao Mr Ishaan Amin', 'en')?.name).toBe('Leena Sharma');
    expect(findPresider('1. Dr. Pranav Bhat, Hon’ble Chancellor/Chairman;', 'en')?.name).toBe('Pranav Bhat');
    expect(findPresider('PRESENT Alderman O Daniels Speaker Alderman M Kloof Executive Mayor (Chairperson) Councillor S Smith', 'en')?.name).toBe('M Kloof');
    expect(findPresider('Members: David Shaw (DS- Vice-Chair), Richard Jones (RJ- Secretary)', 'en')).toBeNull();
  });
  it('a post before the honorific of the person who called the meeting to order', () => {
    expect(findPresider('The session was called to order by the Punong Barangay Hon. Maria J. Santos at exactly 2:00 o’clock.', 'en')?.name).toBe('Maria J. Santos');
  });
});

describe('a chair printed with a stand-in or in the surname-post-given style', () => {
  it('keeps a surname, post and given name as printed, but not a post with its prefix', () => {
    expect(zhNameFrom('王處長大明')).toBe('王處長大明');
    expect(zhNameFrom('代区长戴勇')).toBe('戴勇');
    expect(zhNameFrom('副市长李强')).toBe('李强');
  });
  it('names the stand-in who presided', () => {
    expect(zhActingChair('王局長大明(李副局長小華代理)')).toBe('李副局長小華');
    expect(zhActingChair('張主任(由陳志明代)')).toBe('陳志明');
    expect(zhActingChair('王局長大明')).toBeNull();
  });
});

describe('English roll calls run over lines', () => {
  it('joins a double name broken at its hyphen and drops a plural post before the first name', () => {
    expect(cleanEnPerson('Kris Lawrence- Anderson').name).toBe('Kris Lawrence-Anderson');
    expect(cleanEnPerson('Councilmembers Mary Lee').name).toBe('Mary Lee');
    expect(cleanEnPerson('Anne Smith - Jones').name).not.toBe('Anne Smith-Jones');
  });
});

describe('the chair named in an opening sentence', () => {
  it('a heading in capitals, a post before the name, a name presiding', () => {
    expect(findPresider('MAYOR BARROW CALLED COUNCIL TO ORDER', 'en')?.name).toBe('BARROW');
    expect(findPresider('The Chair, Cllr P. Jones, opened the meeting at 7.30pm.', 'en')?.name).toBe('P. Jones');
    expect(findPresider('The Chair Person, the Shire President, Cr Dobbs, declared the meeting opened at 5.20 pm.', 'en')?.name).toBe('Dobbs');
    expect(findPresider('With Mayor Tim Willow presiding, the meeting was called to order at 7 pm.', 'en')?.name).toBe('Tim Willow');
    expect(findPresider('Meeting called to order by Board President Sarah Jones at 6:00 pm.', 'en')?.name).toBe('Sarah Jones');
    expect(findPresider('Chairperson Ms. A. Kumar welcomed the members.', 'en')?.name).toBe('A. Kumar');
    expect(findPresider('The presiding officer read the notice.', 'en')).toBeNull();
  });
  it('a name wrapped onto the next line', () => {
    expect(findPresider('The meeting was called to order at 7 pm by Mayor Tim', 'en', 'Willow. All members were present.')?.name).toBe('Tim Willow');
    expect(findPresider('The meeting was called to order at 7 pm by Mayor Tim Willow', 'en', 'Present: A, B')?.name).toBe('Tim Willow');
  });
});

describe('the chair a label gives', () => {
  it('a name, a Taiwan style with the post inside, a stand-in', () => {
    expect(presiderFromLabel('王大明（议长）', 'zh')).toEqual({ name: '王大明', sure: true });
    expect(presiderFromLabel('黄议长义交', 'zh')?.name).toBe('黄议长义交');
    expect(presiderFromLabel('李主任委员大同', 'zh')?.name).toBe('李主任委员大同');
    expect(presiderFromLabel('张局长俊明（林副局长美玲代理）', 'zh')?.name).toBe('林副局长美玲');
    expect(presiderFromLabel('Cr Kristy Mason, Mayor', 'en')?.name).toBe('Kristy Mason');
    expect(presiderFromLabel('Mayor Tim', 'en', 'Willow')?.name).toBe('Tim Willow');
  });
  it('a verbatim record\'s chair speaking names no one', () => {
    expect(presiderFromLabel('好，那个这边是我们的府会联络对不对？各局处的府会联络吧？', 'zh')).toBeNull();
    expect(presiderFromLabel('有案子的时候是吗?', 'zh')).toBeNull();
    expect(presiderFromLabel('李大同，现在开会', 'zh')?.name).toBe('李大同');
  });
});

describe('a Hong Kong chair under a label of its own', () => {
  it('the label alone, the name with its honours on the next line', () => {
    expect(findPresider('主席', 'zh', '陈大文议员')?.name).toBe('陈大文');
    expect(findPresider('主席：', 'zh', '陈大文先生, BBS, JP')?.name).toBe('陈大文');
    expect(findPresider('主席', 'zh', '开会辞')).toBeNull();
  });
});

describe('the chair in sentences that name the time, the date or a post', () => {
  it('reads the chair after a time and a date in "called to order … by"', () => {
    expect(findPresider('The regular meeting was called to order at 6:00 p.m. on Tuesday, January 14, 2020 by President Ann Rowe.', 'en')?.name).toBe('Ann Rowe');
    expect(findPresider('The meeting was called to order at 7:02 PM by Chairperson Lee Marsh.', 'en')?.name).toBe('Lee Marsh');
  });
  it('reads the name before a post set off by commas', () => {
    expect(findPresider('Mr. Dale, President, presided.', 'en')?.name).toBe('Dale');
  });
  it('drops the absent of a roll call and keeps the present', () => {
    expect(cleanEnPerson('Ms. Quill – present').name).toBe('Ms. Quill');
    expect(cleanEnPerson('Dr. Fenn – absent').name).toBeNull();
    expect(cleanEnPerson('Tom Vale, excused').name).toBeNull();
  });
});

describe('a chair label whose name is cut or set apart', () => {
  it('joins a Chinese name cut by the line end after a post, as a reading', () => {
    expect(presiderFromLabel('区水利局局长  郑', 'zh', '建华')).toEqual({ name: '郑建华', sure: false });
    expect(presiderFromLabel('区水利局局长  郑建华', 'zh')).toEqual({ name: '郑建华', sure: true });
    // The next part of the header is no rest of a name.
    expect(presiderFromLabel('区水利局局长 郑', 'zh', '出席')?.name).not.toContain('出席');
  });
  it('drops a post such as Trustee before an English name', () => {
    expect(findPresider('Trustee Dana Gomez presided.', 'en')?.name).toBe('Dana Gomez');
  });
});

describe('more ways a record names its chair and its roll call', () => {
  it('reads the chair under a call-to-order heading run into the line, and after an item heading', () => {
    expect(findPresider('MEETING CALLED TO ORDER: Chair Nia Park called the meeting to order at 6:02 p.m.', 'en')?.name).toBe('Nia Park');
    expect(findPresider('1. Opening and Welcome The Speaker, Cllr Yusuf Lorne requested a moment of silence.', 'en')?.name).toBe('Yusuf Lorne');
  });
  it('reads 在…的主持下', () => {
    expect(findPresider('5月6日下午，在市政府常务副市长陈某某的主持下，召开了专题会议。', 'zh')?.name).toBe('陈某某');
  });
  it('reads a roll call whose parts end with present or absent', () => {
    expect(readEnAttendance('Trustees Adler, Brook, Clay present; Trustee Dunne absent.').names).toEqual(['Adler', 'Brook', 'Clay']);
    // One sentence with an exception keeps its names for the list reader to judge.
    expect(readEnAttendance('Cllrs Adler, Brook and Clay').names).toEqual(['Adler', 'Brook', 'Clay']);
  });
});

describe('a person printed beside a post', () => {
  it('reads the name in brackets after a post, and the name before a post that runs on', () => {
    expect(cleanEnPerson('Director Community Services (Mrs J Bloggs)').name).toBe('J Bloggs');
    expect(cleanEnPerson('Waste Facility Manager (Mr T Reed)').name).toBe('T Reed');
    expect(cleanEnPerson('Anna Grey Deputy Clerk to the Council').name).toBe('Anna Grey');
    expect(cleanEnPerson('Cllr A Smith (Chair)')).toEqual({ name: 'A Smith', chair: true });
  });
});

describe('the presider, idioms that named no one', () => {
  it('reads a letter-spaced title before the name in the chair\'s cell', () => {
    expect(presiderFromLabel('议 长 王某某。', 'zh')).toEqual({ name: '王某某', sure: true });
  });
  it('reads no chair from a proposal that asks a leader to hold an event, nor from a convenor named by post', () => {
    expect(findPresider('建请乡长能选在该公园内举行颁赠仪式并召开记者会。', 'zh')).toBeNull();
    expect(findPresider('二、本会期召集委员主持分组审查表，请议决案。', 'zh')).toBeNull();
  });
});

describe('the presider, a stray word where the name should be', () => {
  it('reads the name after a title with a full stop, and no verb for a name', () => {
    expect(findPresider('The session was presided over by Hon. Ada Nwosu.', 'en')?.name).toBe('Ada Nwosu');
    expect(findPresider('The meeting was presided over by the most senior member.', 'en')).toBeNull();
    expect(findPresider('The Presiding Officer was Cllr Rhys Bevan.', 'en')?.name).toBe('Rhys Bevan');
    expect(findPresider('The chair was absent.', 'en')).toBeNull();
  });
  it('marks the chair by a chair\'s word printed as an item of its own after a name', () => {
    expect(readEnAttendance('Mayor K. Dalton, presiding; Councillors L. Ames, M. Poole').chair).toBe('K. Dalton');
    expect(readEnAttendance('Mr T Rowe, Chairman, Mrs V Hale, Ms W Iles')).toMatchObject({ names: ['T Rowe', 'V Hale', 'W Iles'], chair: 'T Rowe', dropped: 0 });
  });
});

describe('a surname in capitals, Hong Kong\'s style', () => {
  it('reads "Mr WONG Siu-ming" as a person, not a heading in capitals before a name', () => {
    expect(readEnAttendance('Mr CHEUNG Ka-wing, Ms LEUNG Wai-yee, Dr TSANG Hoi').names).toEqual(['CHEUNG Ka-wing', 'LEUNG Wai-yee', 'TSANG Hoi']);
    expect(cleanEnPerson('APOLOGIES Smith').name).toBeNull();
  });
});

describe('an English roll call told with its verb, and labels run into the list', () => {
  it('keeps the last name before "were present" and the first after "Present were"', () => {
    expect(readEnAttendance('Trustees Oakes, Pryor, Quill and Reyes were present.').names).toEqual(['Oakes', 'Pryor', 'Quill', 'Reyes']);
    expect(readEnAttendance('Present were Trustees Oakes, Pryor and Quill.').names).toEqual(['Oakes', 'Pryor', 'Quill']);
  });
  it('parts a name from an absence label printed right after it', () => {
    expect(readEnAttendance('Oakes, Pryor, Quill Absent: Reyes Also Present: Sam Tull').names).toEqual(['Oakes', 'Pryor', 'Quill', 'Sam Tull']);
  });
  it('ends the chair\'s name at the next cell\'s label, and reads what is no name as unsure', () => {
    expect(presiderFromLabel('Nia Vale   Vice Chair: Omar Wild   Secretary: Pat Yeo', 'en')).toEqual({ name: 'Nia Vale', sure: true });
    expect(presiderFromLabel('Nia Vale Treasurer: Omar Wild', 'en')?.name).toBe('Nia Vale');
    expect(presiderFromLabel('to be elected at the next meeting', 'en')?.sure).toBe(false);
  });
});

describe('English list items whose separator was lost', () => {
  it('parts a name after a bracketed post, and two names sharing one post by a slash', () => {
    expect(readEnAttendance('Jane Roe (Chair) Tom Hill, Amy Ng, Raj Patel').names).toEqual(['Jane Roe', 'Tom Hill', 'Amy Ng', 'Raj Patel']);
    expect(readEnAttendance('Jane Roe (Chair) Tom Hill, Amy Ng').chair).toBe('Jane Roe');
    expect(readEnAttendance('Lena Ward/Omar Diaz (Joint leads), Amy Ng, Raj Patel').names).toEqual(['Lena Ward', 'Omar Diaz', 'Amy Ng', 'Raj Patel']);
    // A slash between posts is no pair of persons.
    expect(readEnAttendance('Amy Ng (Town Clerk/Finance Officer), Raj Patel').names).toEqual(['Amy Ng', 'Raj Patel']);
  });
  it('adds the subject of a closing "also attended" sentence', () => {
    expect(readEnAttendance('Amy Ng, Raj Patel, Tom Hill. Sara Bloom (guest) also attended as an observer.').names).toContain('Sara Bloom');
  });
});

describe('headings and groups run into an English paragraph', () => {
  it('reads the chair calling the meeting to order after a "Call to Order" heading run into the text', () => {
    expect(findPresider('Town Board Minutes May 2, 2019 1. Call to Order Chair Jensen called the meeting to order at 6:30 p.m.', 'en')?.name).toBe('Jensen');
  });
  it('leaves out a group of those absent whatever word opens its label', () => {
    expect(readEnAttendance('Lee, Moss, Hart Members Absent: None Also Present: Ann Cole, City Clerk').names).toEqual(['Lee', 'Moss', 'Hart', 'Ann Cole']);
  });
});

describe('a post standing where the chair\'s name should be', () => {
  it('reads the person named after the post', () => {
    expect(findPresider('The meeting was called to order by the Presiding Officer, Chair Ana Cruz at 9:00 in the morning.', 'en')?.name).toBe('Ana Cruz');
    expect(findPresider('The meeting was chaired by the Secretary.', 'en')).toBeNull();
  });
});

describe('English items printed "Name: post"', () => {
  it('reads the name before the colon as a person, not as a group\'s label', () => {
    const r = readEnAttendance('Maya Fenn: Guild President (Chair), Owen Price: VP Welfare, Ruth Kay, Leo Dunn');
    expect(r.names).toEqual(['Maya Fenn', 'Owen Price', 'Ruth Kay', 'Leo Dunn']);
    expect(r.chair).toBe('Maya Fenn');
    // A group's label keeps its names.
    expect(readEnAttendance('Board Members: Ruth Kay, Leo Dunn').names).toEqual(['Ruth Kay', 'Leo Dunn']);
  });
});

describe('surnames printed in capitals', () => {
  it('reads initials before a surname in capitals as a name, not an acronym or a heading', () => {
    expect(readEnAttendance('K LOWRY, M. T. DUNNE, Cllr P O\'HARA').names).toEqual(['K LOWRY', 'M. T. DUNNE', 'P O\'HARA']);
    expect(cleanEnPerson('R FENWICK').name).toBe('R FENWICK');
    expect(cleanEnPerson('A AGENDA').name).toBeNull();
    expect(cleanEnPerson('JP').name).toBe('JP');
  });
});

describe('the absent named after the present in one line', () => {
  it.each([
    'Joanie Andrews(JA), Chair, Philip Attwood(PA), & Nik Wood(NW) Apologies for absence- Madeleine Davis, Mike Lordan',
    'Joanie Andrews(JA), Chair, Philip Attwood(PA), & Nik Wood(NW) Apologies for absence: Madeleine Davis, Mike Lordan',
    'Joanie Andrews (Chair), Philip Attwood, Nik Wood Absent – Madeleine Davis, Mike Lordan',
  ])('%s: only those present', (line) => {
    const r = readEnAttendance(line);
    expect(r.names).toEqual(['Joanie Andrews', 'Philip Attwood', 'Nik Wood']);
    expect(r.chair).toBe('Joanie Andrews');
  });
});

describe('a post set off by a dash glued to the name', () => {
  it('"Achim Halpaap- Chair" is the chair, named without the post; a double name broken at its hyphen stays whole', () => {
    const r = readEnAttendance('Achim Halpaap- Chair, Lesley Lundie – Treasurer, Tom Baigrie - Secretary, Kris Lawrence- Anderson, Director- Administration Dr. Ann Lowe');
    expect(r.names).toEqual(['Achim Halpaap', 'Lesley Lundie', 'Tom Baigrie', 'Kris Lawrence-Anderson', 'Ann Lowe']);
    expect(r.chair).toBe('Achim Halpaap');
  });
});
