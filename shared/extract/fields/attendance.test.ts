import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { dropPostsBesideNames, listConfidence, zhAttendanceSentence } from './attendance';

const head = '某某协会第三届第二次理监事联席会议纪录\n一、时间：2024年5月6日下午3时\n二、主持人：理事长王某某。\n';

describe('a Chinese attendance block', () => {
  it('reads groups by post inside the block, a name cut at the line end, and leaves the absent out', () => {
    const d = extractFromText(`${head}三、出列席人员：\n理事：王某某、李大明、赵小红、钱多\n 多、孙立\n   监事：周一、吴二三\n   工作人员：郑某某。\n   请假人员：冯某某\n四、会议决定：\n（一）同意拨款十万元。\n`);
    expect(d.attendees).toEqual(['王某某', '李大明', '赵小红', '钱多多', '孙立', '周一', '吴二三', '郑某某']);
    // Where a name was joined across the line's end, the list is a reading to check.
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });

  it('keeps a list printed whole on one line per group sure', () => {
    const d = extractFromText(`${head}三、出席人员：\n理事：王某某、李大明、赵小红\n监事：周一、吴二三\n四、会议决定：\n（一）同意拨款十万元。\n`);
    expect(d.attendees).toEqual(['王某某', '李大明', '赵小红', '周一', '吴二三']);
    expect(d.fields.attendees?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('drops the posts printed in cells beside names that carry honorifics', () => {
    const rows = Array.from({ length: 45 }, (_, i) => `${'陈林黄张李王吴刘'[i % 8]}${'大小中'[i % 3]}${'文武明'[Math.floor(i / 3) % 3]}${'甲乙丙丁戊'[Math.floor(i / 9)]}议员`);
    const d = extractFromText(
      `某委员会第一次会议纪要\n日期：2020年1月2日\n出席委员：\n${rows.join('\n')}\n缺席委员：\n何某某议员\n列席秘书：\n总主任(2)2\n李某某女士\n列席职员：\n法律顾问         马某某先生\n民政事务总署副署长\n郑某某先生\nI. 选举主席\n会议同意由陈某某议员出任主席。\n`,
    );
    expect(d.attendees).toEqual([...new Set(rows), '李某某女士', '马某某先生', '郑某某先生']);
    expect(d.attendees).not.toContain('何某某议员');
  });
});

describe('English attendance without a label line', () => {
  it('reads groups under headings in capitals inside text run together, the absent left out', () => {
    const run =
      'MINUTES OF THE ORDINARY MEETING OF THE RIVERBEND SHIRE COUNCIL HELD AT THE SHIRE HALL ON TUESDAY 6 JUNE 2023 COMMENCING AT 9.00AM ATTENDANCE Crs A Moore, B Lane, C Hart & D Reid OFFICERS PRESENT Mr Ed Stone, Chief Executive Officer Ms Flo Grant, Director of Works APOLOGIES Cr G Wells There were no members of the public present. The Mayor declared the meeting open at 9:00am. RESOLUTION: That the minutes of the previous meeting be confirmed. Moved Cr Lane Seconded Cr Hart CARRIED';
    const d = extractFromText(run);
    expect(d.attendees).toEqual(['A Moore', 'B Lane', 'C Hart', 'D Reid', 'Ed Stone', 'Flo Grant']);
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });

  it('reads "… present were …" sentences, posts before the names dropped', () => {
    const d = extractFromText(
      'Town of Maple Board Meeting\nCALL TO ORDER\nChair Ann Lee called the meeting to order on March 3, 2021 at 7:00 pm. Board members present were supervisors Ann Lee and Bob Ray, treasurer Cy Dunn and clerk Di Fox.  Also present were Ed and Flo Hart and Gus Moe.  All those present said the pledge.\nMINUTES\nMotion by Bob Ray, second by Ann Lee to approve the February minutes.  Motion carried.\n',
    );
    expect(d.attendees).toEqual(['Ann Lee', 'Bob Ray', 'Cy Dunn', 'Di Fox', 'Ed', 'Flo Hart', 'Gus Moe']);
  });

  it('reads "Members of the Board present were …", the group naming its body', () => {
    const d = extractFromText(
      'July 11, 2023 CALL TO ORDER Chairperson Reid called the regular meeting of the Maple County Board of Commissioners to order at 9:00 a.m. Members of the Board present were Clegg, Kern, Blair, Reid. Absent Nolan. Also present was Auditor Kemp. APPROVE AGENDA Motion by Clegg, second by Blair to approve the agenda. Motion carried.\n',
    );
    expect(d.attendees).toEqual(expect.arrayContaining(['Clegg', 'Kern', 'Blair', 'Reid']));
    expect(d.attendees).not.toContain('Nolan');
  });
});

describe('an English table read a cell a line', () => {
  it('reads numbered rows: the cell after the number is the name, the next its post', () => {
    const d = extractFromText(
      'Minutes of the IV Governing Body Meeting held on 12-04-2019\nMembers Present:\n1\nProf. A. Rao\nMember\n2\nDr.B.K.Nair\nSpecial Invitee\n3\nProf. C .Prasad Reddy\nMember & Convener\nMembers Absent:\n1\nSri D. Das\nChairman\nMinutes of the Meeting:\n1. The Governing Body approved the budget for 2019-20.\n',
    );
    expect(d.attendees).toEqual(['A. Rao', 'B.K.Nair', 'C.Prasad Reddy']);
  });
});

describe('Chinese attendance stated in sentences', () => {
  it('reads on past a sentence that names only groups', () => {
    expect(zhAttendanceSentence('某某处召开第3次党政联席会，领导班子成员、各科室负责人参加会议。巡察组组长张某某、副组长李某列席会议。')).toEqual(['张某某', '李某']);
  });
  it('reads every attendance sentence of a line, a group before the first name and a post after 及 dropped', () => {
    expect(zhAttendanceSentence('县长王某主持召开常务会议，副县长甲某某、乙某出席会议。县人大常委会副主任丙某某，县政协副主席丁某列席会议。')).toEqual(['甲某某', '乙某', '丙某某', '丁某']);
    expect(zhAttendanceSentence('院长王某主持召开党政联席会，院领导甲某某、乙某及总会计师丙某参加会议。')).toEqual(['甲某某', '乙某', '丙某']);
  });
  it('reads units that came for their items ("…等科室、单位负责人参加了相关议题的研究")', () => {
    expect(zhAttendanceSentence('办公室、政策法规科、市政工程建设中心等科室、单位负责人参加了相关议题的研究。')).toEqual(['办公室', '政策法规科', '市政工程建设中心']);
  });
  it('takes bodies listed before "…相关领导" as sharing that group, and a courtesy as no one', () => {
    expect(zhAttendanceSentence('副县长出席会议，县人大、县政协相关领导、各镇负责人列席会议。')).toEqual([]);
    expect(zhAttendanceSentence('感谢各位委员在工作繁忙之余，拨冗参加。')).toEqual([]);
    expect(zhAttendanceSentence('县法院、县检察院领导，部分人大代表和政协委员应邀列席会议。')).toEqual(['县法院', '县检察院']);
  });
});

describe('English lists that go on past their first line or sentence', () => {
  it('reads "Also present were" staff after a roll call, posts before names dropped, over a page header', () => {
    const d = extractFromText(
      'MINUTES OF THE CITY COUNCIL OF MAPLE\nREGULAR SESSION\nMARCH 3, 2021\nROLL CALL\nMayor Ann Lee and Councilmembers Bob Ray, Cy Dunn, and Di Fox. Also present were City Manager Ed\n3/3/21 -2- DRAFT\nHart, Director of Public Works Flo Moe, Police Chief Gus Tan, and Ida Lo, Acme Minutes, Inc.\nThe meeting was called to order by Mayor Ann Lee at 7:00 p.m.\n1. APPROVAL OF AGENDA\nCouncilmember Ray moved and Councilmember Dunn seconded to approve the agenda. Motion passed unanimously.\n',
    );
    expect(d.attendees).toEqual(expect.arrayContaining(['Ann Lee', 'Bob Ray', 'Cy Dunn', 'Di Fox', 'Ed Hart', 'Flo Moe', 'Gus Tan', 'Ida Lo']));
    expect(d.attendees).not.toContain('Inc');
    // The staff were read from a sentence: a reading to check.
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });

  it('reads a list that ends with a full stop, keeps "Ms. Doyle" as printed, and a person added in the next sentence', () => {
    const d = extractFromText(
      'Report of Board of Management Meeting\nAttendance:\nMs. Abbot (Chairperson), Ms. Doyle, Mr. Egan, Mr. Farrell and Ms. Grace Hill.\nAs Secretary to the Board, Mr. Mc Ivor also attended.\nMinutes:\nThe minutes of the last meeting were approved.\n',
    );
    expect(d.attendees).toEqual(['Ms. Abbot', 'Ms. Doyle', 'Mr. Egan', 'Mr. Farrell', 'Grace Hill', 'Mr. Mc Ivor']);
    expect(d.presider).toBe('Abbot');
  });

  it('joins a list whose brackets run over lines, and reads a list of posts as no one', () => {
    const d = extractFromText(
      'MINUTES OF THE ORDINARY MEETING OF COUNCIL\nHELD ON MARCH 5, 2008\nPRESENT\nCouncillors Abel, Baird, Cole (from 6.35pm and until\n9.46pm), Dunn (except from 9.21pm until 9.23pm and from\n9.25pm until 9.28pm) and Eyre\nIN ATTENDANCE\nGeneral Manager, Director Planning & Environment, Manager Finance,\nManager Planning & Assessment and Administration Officer\nAPOLOGY\n1. RESOLVED that the minutes be confirmed.\n',
    );
    expect(d.attendees).toEqual(['Abel', 'Baird', 'Cole', 'Dunn', 'Eyre']);
  });
});

describe('a Chinese list in groups parted by full stops', () => {
  it('reads each group\'s people, the place before a slash dropped and the absent in brackets left out', () => {
    const d = extractFromText(`${head}三、出席代表：甲镇/王某某、李大明。乙镇/赵小红。丙村/钱多多、孙立。(缺席：丁镇、戊镇等会代表)\n四、会议决定：\n（一）同意拨款十万元。\n`);
    expect(d.attendees).toEqual(['王某某', '李大明', '赵小红', '钱多多', '孙立']);
  });
});

describe('English lists whose label was lost or set apart', () => {
  it('reads a members line without its label, wrapped, then staff a person a line', () => {
    const d = extractFromText(
      'Minutes of the Meeting of Maple Town Council held on 27 April 2021 at 6:30pm.\nCllrs B Abel, D Baird, N Cole (Deputy Mayor), M Dunn,\nL Eyre, H Ford (Town Mayor), J Gale and T Hale\nC Ives, Acting Town Clerk\nG Jones, Committee Services Officer\n1 Apologies for Absence\nApologies were received from Cllr Kerr.\n2 Minutes\nThe minutes of the last meeting were agreed.\n',
    );
    expect(d.attendees).toEqual(['B Abel', 'D Baird', 'N Cole', 'M Dunn', 'L Eyre', 'H Ford', 'J Gale', 'T Hale', 'C Ives', 'G Jones']);
    // "(Town Mayor)" is the office held, not the chair of this meeting.
    expect(d.presider).toBeNull();
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });

  it('reads a line of three or more names with their posts in brackets, its label lost, and two people on one line after a label', () => {
    const d = extractFromText(
      'Board of Trustees Minutes\nTuesday 6th March 2012 5.30pm\nAnn Abel (Chair), Bo Baird (Principal), Cy Cole (Staff Trustee), Di Dunn\nIn Attendance\nEd Eyre (Deputy Principal), Flo Ford (Secretary) (Late)\n1. Finance\nThe board approved the budget.\n',
    );
    expect(d.attendees).toEqual(['Ann Abel', 'Bo Baird', 'Cy Cole', 'Di Dunn', 'Ed Eyre', 'Flo Ford']);
  });

  it('counts the chair "present in the chair" and officials named in brackets after their posts over lines', () => {
    const d = extractFromText(
      'MINUTES OF THE SPECIAL MEETING OF THE DISTRICT\nPRESENT IN THE CHAIR:\nCouncillor M Abel, Cathaoirleach\nMEMBERS PRESENT:\nCouncillors Baird, Cole and Dunn\nOFFICIALS IN ATTENDANCE:\nDirector of Services ( Mr B Eyre); Senior Executive Engineer (Mr T. Ford);\nMeetings Administrator (Ms D Gale); Town Centre First\nOfficer (Ms K. Hale), Clerk (Ms L. Ives).\n1. Welcome\nThe members were welcomed.\n',
    );
    expect(d.attendees).toEqual(['M Abel', 'Baird', 'Cole', 'Dunn', 'B Eyre', 'T. Ford', 'D Gale', 'K. Hale', 'L. Ives']);
    expect(d.presider).toBe('M Abel');
  });
});

describe('English attendance in a table\'s cells and in wrapped sentences', () => {
  it('reads a label cell with no colon before the names, each bracketed post closing its person', () => {
    const d = extractFromText(
      'BOARD MINUTES – 18th September 2023\nDate 18th September 2023\nTime 6.00 p.m.\nPresent Ann Abel [Presiding Member] Bo Baird, Cy Cole and Di Dunn – [Appointed Trustees], Ed Eyre [Deputy Presiding Member – Parent Elected Trustee] and Flo Ford – [Principal]\nIn Attendance Gus Gale – Board Secretary\nApologies Nil\n1. Administration Matters\nThe board approved the budget.\n',
    );
    expect(d.attendees).toEqual(['Ann Abel', 'Bo Baird', 'Cy Cole', 'Di Dunn', 'Ed Eyre', 'Flo Ford', 'Gus Gale']);
  });

  it('reads "The following directors were present …:" sentences wrapped over lines', () => {
    const d = extractFromText(
      'MINUTES OF THE SPECIAL BOARD MEETING\nMay 5, 2021\nPresident Abel called the meeting to order at 2:00 p.m.\nI. ROLL CALL\nThe Board Secretary took a roll call of the Board. The following directors were present in-\nperson: Ann Abel, Bo Baird and Cy Cole. The following directors were present via\nteleconference: Di Dunn and Ed Eyre.\nII. CLOSED SESSION\nThe board approved the appointment.\n',
    );
    expect(d.attendees).toEqual(['Ann Abel', 'Bo Baird', 'Cy Cole', 'Di Dunn', 'Ed Eyre']);
  });
});

describe('a Chinese grid of posts and names', () => {
  it('keeps the names and drops the posts printed beside them', () => {
    expect(dropPostsBesideNames(['镇长', '张一鸣', '副镇长', '李二娜', '办公室主任', '钱小四'])).toEqual(['张一鸣', '李二娜', '钱小四']);
    expect(dropPostsBesideNames(['王小明', '委员', '陈大文', '委员'])).toEqual(['王小明', '陈大文']);
  });
  it('keeps a post that stands alone and a unit', () => {
    expect(dropPostsBesideNames(['办公室主任', '财务科'])).toEqual(['办公室主任', '财务科']);
  });
  it('reads a convener as the presider', () => {
    const d = extractFromText('第九次主任会议纪要\n时间：2020年5月6日\n召集人：郑大成\n出席：李一凡 张二强 赵三宝\n会议议定：\n一、会议同意有关报告。');
    expect(d.presider).toBe('郑大成');
  });
});

describe('an English list broken by a page header', () => {
  it('steps over "Page 1 of 4" to the names after it', () => {
    const d = extractFromText('MINUTES\nof the meeting of the Board of Governors held on 15 November 2018\nGovernors present:\nMrs A Grey (Chair)\nMr B Hunt\nDr C Iqbal\nPage 1 of 4\nMr E Kingsley\n1. Apologies\nThe board agreed to accept the apologies of Mr G Moss.');
    expect(d.attendees).toContain('E Kingsley');
    expect(d.attendees).toContain('B Hunt');
  });
});

describe('Chinese attendance sentences with a looser cue', () => {
  it('reads "…参加此次会议(名单附后)" and "X参会并…"', () => {
    expect(zhAttendanceSentence('副院长韩某某以及教务处、资产处和财务处相关人员参加此次会议(参会人员名单附后)。')).toEqual(['韩某某', '教务处', '资产处', '财务处']);
    expect(zhAttendanceSentence('财务处处长郭某某参会并介绍了预算编制情况。')).toEqual(['郭某某']);
  });
  it('leaves a group named only as such to the stricter cues', () => {
    expect(zhAttendanceSentence('社区居民议事会成员参加了此次会议。')).toEqual([]);
  });
});

describe('attendance labels run into one line of a PDF text', () => {
  it('reads the lists after each label inside the line, those of the absent left out, as a reading', () => {
    const text = `Adopted Minutes Special Council Meeting March 3, 2015 A Special Meeting of the Riverside City Council was called to order by Mayor Adams at 5:40 p.m. in the Council Chambers on March 3, 2015. COUNCIL PRESENT: Mayor Adams; Councilmembers Brook, Carter, and Dunn. ABSENT: Councilmember Evans. STAFF PRESENT: City Manager Foster and City Clerk Green. Budget Review Motion was made by Councilmember Brook, seconded by Councilmember Carter, to adopt the budget. Motion carried.`;
    const d = extractFromText(text);
    expect(d.attendees).toEqual(expect.arrayContaining(['Adams', 'Brook', 'Carter', 'Dunn']));
    expect(d.attendees.some((n) => /Evans/.test(n))).toBe(false);
    expect(d.attendees.some((n) => /Foster/.test(n))).toBe(true);
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });
  it('takes a list with sub-labels and initials whole, up to the next heading in capitals', () => {
    const text = `1 TOWNSHIP OF RIVERSIDE COUNCIL MEETING MINUTES July 19, 2011 MEMBERS PRESENT: Mayor: Anne Brook Councillors: Carl Dunn, D. Ellen Foster, Gary Hill MEMBERS ABSENT: STAFF PRESENT: Ivan Jones, Clerk MEETING CALLED TO ORDER The meeting was called to order at 9:02 a.m. by Mayor Anne Brook. It was resolved that the agenda be approved.`;
    expect(extractFromText(text).attendees).toEqual(['Anne Brook', 'Carl Dunn', 'D. Ellen Foster', 'Gary Hill', 'Ivan Jones']);
  });
});

describe('a Chinese attendance label in a cell of its own', () => {
  it('reads the names in the next cell, those marked away left out', () => {
    const text = '某市政府第2100次市政会议纪录\n时间：2020年12月1日\n出席\n王大明(公假)、李小华、赵志强、钱一鸣\n列席\n孙立、周正\n壹、报告事项\n决定：同意。';
    const d = extractFromText(text);
    expect(d.attendees).toEqual(['李小华', '赵志强', '钱一鸣', '孙立', '周正']);
  });
  it('a numbered heading with no colon and nothing after it is no label', () => {
    const text = '会议记录的写法\n1. 标题\n标题应简明扼要地说明会议的主题。\n3. 出席人员\n列出所有出席会议的人员名单,包括主持人、发言人及其他参会者。';
    expect(extractFromText(text).attendees).toEqual([]);
  });
});

describe('who presided, where no line says so outright', () => {
  const list = 'Present:\nCr Anne Brook, Mayor\nCr Carl Dunn, Deputy Mayor\nCr Ellen Foster\nCr Gary Hill\n';
  it('the mayor first in the list, where the record shows the mayor acting, as a reading', () => {
    const d = extractFromText(`Ordinary Meeting Minutes\n${list}1. Opening\nThe Mayor commenced by acknowledging the Traditional Custodians of the land.\n2. Budget\nIt was resolved that the budget be adopted.`);
    expect(d.presider).toBe('Anne Brook');
    expect(d.fields.presider?.confidence).toBeLessThan(0.9);
  });
  it('a list alone names no chair', () => {
    const d = extractFromText(`Ordinary Meeting Minutes\n${list}1. Budget\nIt was resolved that the budget be adopted.`);
    expect(d.presider).toBeNull();
  });
  it('"X called the Board of Trustees meeting to order" after a numbered item\'s heading', () => {
    const d = extractFromText('Riverside School Board Minutes\nII. Call to order. Dana Wells called the Board of Trustees meeting to order at 8:04 a.m.\nPresent: Dana Wells, Carl Dunn\nIII. Budget. Carl Dunn moved approval of the budget. Motion passed.');
    expect(d.presider).toBe('Dana Wells');
  });
  it("a verbatim record's chair speaking is no name", () => {
    const d = extractFromText('某县议会第4审查委员会议事录\n时间:2023年1月6日\n主   席: 有案子的时候是吗?\n出席:王大明、李小华\n决议:照案通过。');
    expect(d.presider).toBeNull();
  });
});

describe('a Hong Kong attendance list run together with no separator', () => {
  it('reads each name before its honour, after the post or the body before it, up to the absent', () => {
    const text = '定稿某区议会会议纪录日期:2003年6月9日(星期一)时间:下午2时正出席者主席林大文BBS太平绅士副主席周小明太平绅士议员方来先生陈志强先生李美玲女士应邀出席者关明先生本地航线经理某某渡轮有限公司张冯雅萍太平绅士缺席者王五先生\n1. 通过上次会议记录\n会议通过了上次会议记录。';
    const d = extractFromText(text);
    expect(d.attendees).toEqual(['林大文', '周小明', '方来', '陈志强', '李美玲', '关明', '张冯雅萍']);
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });
});

describe('items of a Chinese attendance sentence that name no one', () => {
  it('a post with its body\'s short name alone, a headcount with 余, are left out', () => {
    expect(zhAttendanceSentence('县长王某主持召开常务会议，县委常委、副县长甲某某，副县长乙某出席会议，各科室负责人共计30余人列席会议。')).toEqual(['甲某某', '乙某']);
  });
});

describe('English attendance over wrapped lines and staff lists', () => {
  it('a "members present were" sentence wrapped over lines, with "Also present were" after it', () => {
    const text = 'Riverside Township Minutes\nCALL TO ORDER\nChair Ann Brook called the meeting to order at 6:30 pm on October 19, 2020 via teleconference.  Board\nmembers present were supervisors Ann Brook, Carl Dunn, and Gary Hill, clerks Ivy Jones and Kim Lane,\nand treasurer Roy Moss.  Also present were Sam Neal and Tom Owen.  Those present repeated the pledge.\nMINUTES\nMotion by Carl Dunn, second by Gary Hill to approve the minutes.  Motion carried.';
    expect(extractFromText(text).attendees).toEqual(['Ann Brook', 'Carl Dunn', 'Gary Hill', 'Ivy Jones', 'Kim Lane', 'Roy Moss', 'Sam Neal', 'Tom Owen']);
  });
  it('staff one a line as "post, post, Mr Name", an unnamed post between them stepped over', () => {
    const text = 'Ordinary Meeting Minutes\nPresent\nCr Anne Brook, Mayor\nCr Carl Dunn\nIn Attendance\nGeneral Manager, Ms Leanne Barr\nDirector, Assets and Operations, Mr Tony Moss\nCoordinator Communications and Events\nMinute Secretary, Ms Kelly Dale\nStatement of Commencement\nThe meeting opened at 2pm.\n1. Budget\nIt was resolved that the budget be adopted.';
    expect(extractFromText(text).attendees).toEqual(['Anne Brook', 'Carl Dunn', 'Leanne Barr', 'Tony Moss', 'Kelly Dale']);
  });
});

describe('a Chinese attendance label naming a kind of member, posts on the lines after it', () => {
  it('reads "出席召集委员：" and the names after the posts below it', () => {
    const text = '某院教育委员会第4次召集委员会议纪录\n时间：2023年3月1日\n出席召集委员：刘大彬 陈秀英\n主任秘书：陈国钦\n专门委员：白立荣\n纪录：卢某\n报告事项\n一、本会议程由召集委员决定。\n决议：同意。';
    expect(extractFromText(text).attendees).toEqual(['刘大彬', '陈秀英', '陈国钦', '白立荣']);
  });
});

describe('"with following members present." and the list after the full stop', () => {
  it('reads the names, the absent left out', () => {
    const text = 'Riverside Borough Council Minutes\nThe March 3, 2017 Borough Council Meeting was held at 56 Main St.\nwith following members present. Steve, Don, Marv, Rosalyn, Absent Ruth.\nPresident Dunn opened the meeting at 7:30pm.\nSecretary report was submitted: Don made motion to accept, Marv seconded, Motion carried.';
    const d = extractFromText(text);
    expect(d.attendees).toEqual(expect.arrayContaining(['Steve', 'Don', 'Marv', 'Rosalyn']));
    expect(d.attendees.some((n) => /Ruth/.test(n))).toBe(false);
  });
});

describe('Chinese attendance sentences that name only groups', () => {
  it('reads no one from a leading group, a kind of body described, or an invitation', () => {
    expect(zhAttendanceSentence('学院领导班子、总支委员、各支部书记参加了会议。')).toEqual([]);
    expect(zhAttendanceSentence('街道党工委班子成员及有关驻地单位领导参加。')).toEqual([]);
    expect(zhAttendanceSentence('不是代表的站所负责人列席了会议。')).toEqual([]);
    expect(zhAttendanceSentence('每月于十二楼交换讯息,增进互动,请大家多多参加。')).toEqual([]);
    expect(zhAttendanceSentence('副县长张某某、李某某参加了会议。')).toEqual(['张某某', '李某某']);
  });
});

describe('English attendance a person a line', () => {
  it('reads members a line each at the top of a page whose heading was lost, then the staff by their posts', () => {
    const d = extractFromText(
      'Councillor Ann Reed (In the Chair)\nCouncillor Bob Sands\nCouncillor Cy Tate\nChief Executive (Mr D Vale)\nDirector Finance (Ms E Wynn)\nThe meeting opened with a prayer.\nMINUTES OF THE ORDINARY MEETING OF RIVERTON TOWN COUNCIL HELD ON 7 MAY 2019\n1. RESOLVED that the minutes be approved.\n',
    );
    expect(d.attendees).toEqual(['Ann Reed', 'Bob Sands', 'Cy Tate', 'D Vale', 'E Wynn']);
    expect(d.presider).toBe('Ann Reed');
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });

  it('reads a person beside the label and more a line below it, up to the next part', () => {
    const d = extractFromText(
      'LIAISON MEETING MINUTES\nWednesday 2nd March 2022\nPresent: Ms Ann Reed (Health Officer, Riverton Council)\nMr Bob Sands (Parish representative)\nMrs Cy Tate (Village representative)\n1. Apologies\nApologies were received from Mr Vale.\n2. Matters arising\nIt was agreed to meet again in June.\n',
    );
    expect(d.attendees).toEqual(['Ann Reed', 'Bob Sands', 'Cy Tate']);
  });
});

describe('a Hong Kong list run together', () => {
  it('takes the one printed after 主席 (not 副主席) as the chair', () => {
    const d = extractFromText(
      '某区议会会议纪录\n日期:2003年6月9日(星期一)时间:下午2时正出席者主席林大文BBS太平绅士副主席周小香太平绅士议员方中先生周玉明先生李志强先生罗锦华先生吴国泉女士列席者\n一、通过上次会议纪录\n会议通过上次会议纪录。\n',
    );
    expect(d.presider).toBe('林大文');
    expect(d.attendees).toContain('周小香');
  });
});

describe('kinds of bodies told in an attendance sentence', () => {
  it('names no one for "各…", a kind of body or a group of citizens; keeps the person before "及…各…"', () => {
    expect(zhAttendanceSentence('副主任张某某、李某某出席会议。区人大各专门委员会、常委会各办事机构负责人，区人大常委会专职委员列席会议。')).toEqual(['张某某', '李某某']);
    expect(zhAttendanceSentence('县法院、县检察院领导，部分人大代表、市民代表应邀列席会议。县政府组成部门、直属单位主要负责人列席会议。')).toEqual(['县法院', '县检察院']);
    expect(zhAttendanceSentence('区委副书记、代区长王某某及区委各常委参加会议。')).toEqual(['王某某']);
  });
});

describe('a note page in markdown', () => {
  it('reads the bulleted header\'s attendance, and no chair from a list of offices far below it', () => {
    const d = extractFromText(
      '# Annual General Meeting minutes 2018-03-13\n- Present: Ann Lowe (Chair), Bo Tran, Cy Webb, Dee Park\n- Place: the library\n## Reports\n- The treasurer\'s report was accepted.\n- The secretary\'s report was accepted.\n## Elections\n- The meeting elected the committee.\n- The new committee:\n- Chairperson: Eve Stone\n- Treasurer: Bo Tran\n',
    );
    expect(d.attendees).toEqual(['Ann Lowe', 'Bo Tran', 'Cy Webb', 'Dee Park']);
    expect(d.presider).toBe('Ann Lowe');
  });
});

describe('a Chinese attendance label inside a line', () => {
  it('reads the list after a label that follows a clause, up to the next label of another kind', () => {
    const d = extractFromText('某某乡公所会议纪录\n2024年4月2日上午，由乡长周立群主持，出席人员：吕一帆、孟二、蒋三、韩四，记录：沈五。\n会议决定：\n一、同意修缮道路，由建设课负责。\n二、通过年度预算。\n');
    expect(d.attendees).toEqual(['吕一帆', '孟二', '蒋三', '韩四']);
    expect(d.presider).toBe('周立群');
  });
});

describe('an attendance line whose table columns ran together', () => {
  it('reads one person at each title, the chair by the post after the name', () => {
    const d = extractFromText('Minutes of the Meeting of Eastholm Town Council\nHeld on 4 June 2024\nPresent: Cllr F Orme Chairman Cllr G Pell Vice Chairman Cllr H Quin Cllr J Rudd\n1. Minutes\nRESOLVED: That the minutes be approved.\n');
    expect(d.attendees).toEqual(['F Orme', 'G Pell', 'H Quin', 'J Rudd']);
    expect(d.presider).toBe('F Orme');
  });
  it('reads no one from a pointer to the sign-in sheet run into a line with other labels', () => {
    const d = extractFromText('某系学会班代大会会议纪录 会议时间:2024年3月20日 出席:参照签到单 主席:钟明远 纪录:谢一 一、会议决定:同意调整活动经费,由活动部负责。\n');
    expect(d.attendees).toEqual([]);
  });
});

describe('lists wrapped, posts enumerated, honours after names', () => {
  it('joins a Chinese name cut by the line\'s end under a label, and keeps two whole names apart', () => {
    const tail = '\n会议议定事项如下：\n一、会议同意道路维修方案，由县财政局负责落实资金。\n二、会议原则通过供水管理办法，由县水利局牵头组织实施。\n';
    const head = '某县人民政府常务会议纪要\n2024年6月3日，县政府召开常务会议。\n主持：钱卫东\n';
    expect(extractFromText(`${head}出席：孔一鸣、曹丽、魏\n强、严冬梅、华山\n${tail}`).attendees).toEqual(['孔一鸣', '曹丽', '魏强', '严冬梅', '华山']);
    expect(extractFromText(`${head}出席：孔一鸣、曹丽、魏强\n严冬、华山、金鑫\n${tail}`).attendees).toEqual(['孔一鸣', '曹丽', '魏强', '严冬', '华山', '金鑫']);
  });
  it('drops a post enumerated before a titled name, and reads the chair past the posts before the name', () => {
    const d = extractFromText('某县人民政府常务会议纪要\n2024年6月3日，县政府召开常务会议。\n主持：县委副书记、县长钱卫东同志\n出席：县委常委、副县长孔一鸣同志，副县长曹丽同志，副县长魏强同志\n会议议定事项如下：\n一、会议同意道路维修方案，由县财政局负责落实资金。\n');
    expect(d.presider).toBe('钱卫东');
    expect(d.attendees).not.toContain('县委常委');
  });
  it('reads honours after a Hong Kong name as no person, the list going on a name a line', () => {
    const d = extractFromText('Minutes of the 3rd Meeting of the Harbour Area Committee\nDate: 4 June 2024\nPresent\nMr KWOK Chi-wai, BBS, JP (Chairman)\nMs YIP Lai-kuen\nDr FUNG Man-yee\nMr TANG Ho-yin, MH\nAbsent with Apologies\nMr SO Kin-wah\nItem 1 Confirmation of Minutes\nThe minutes of the last meeting were confirmed without amendments.\n');
    expect(d.attendees).toEqual(['KWOK Chi-wai', 'YIP Lai-kuen', 'FUNG Man-yee', 'TANG Ho-yin']);
    expect(d.presider).toBe('KWOK Chi-wai');
  });
});

describe('Chinese attendance wrapped, counted and told in sentences', () => {
  it('joins a name cut at the line end when the list closes with a full stop, and drops a headcount\'s absent part', () => {
    const d = extractFromText(`${head}三、出席人员：应到 40人，实到31人，请假 0人，缺席9   人。\n四、列席人员：周一、吴二三、郑小\n红、冯某某、陈立。\n五、会议决定：\n（一）同意拨款十万元。\n`);
    expect(d.attendees).toEqual(['周一', '吴二三', '郑小红', '冯某某', '陈立']);
  });

  it('reads every "参加会议的<group>有…" clause of a sentence', () => {
    expect(zhAttendanceSentence('参加会议的理事有王某某、李大明、赵小红，参加会议的监事有周一、吴二三，各分会负责人列席会议。')).toEqual(['王某某', '李大明', '赵小红', '周一', '吴二三']);
    expect(zhAttendanceSentence('出席会议的有关部门负责人有孙立、钱多多。')).toEqual(['孙立', '钱多多']);
  });
});

describe('how far a Chinese list with bodies among the names is trusted', () => {
  it('is a reading when bodies head runs of persons, as a table\'s group headings would', () => {
    expect(listConfidence(0.9, ['理学院', '王某某', '李大明', '工学院', '赵小红', '钱多多'], 'zh')).toBeLessThan(0.9);
    expect(listConfidence(0.9, ['王某某', '李大明', '赵小红', '财政局', '教育局'], 'zh')).toBe(0.9);
  });
  it('is a reading when an item names a group, not a person ("全员参加", "议题相关人员")', () => {
    expect(listConfidence(0.9, ['白怡', '滕坤', '纪强', '全员参加'], 'zh')).toBeLessThan(0.9);
    expect(listConfidence(0.9, ['董金光', '任革林', '李家欣', '议题相关人员'], 'zh')).toBeLessThan(0.9);
    expect(listConfidence(0.9, ['董金光', '任革林', '李家欣'], 'zh')).toBe(0.9);
  });
  it('is a reading when an item is not name-shaped: names run together, a word split by a space', () => {
    expect(listConfidence(0.9, ['王某某', '李大明‧赵小红', '钱多多'], 'zh')).toBeLessThan(0.9);
    expect(listConfidence(0.9, ['理 事', '王某某', '李大明'], 'zh')).toBeLessThan(0.9);
    expect(listConfidence(0.9, ['王某某', '李大明', '赵小红', '张某某先生', '买买提·艾力'], 'zh')).toBe(0.9);
  });
});

describe('an English numbered list of persons whose heading was lost', () => {
  it('reads "1. K. Osei (member)" lines near the top as those attending, at a reading\'s confidence', () => {
    const d = extractFromText('Minutes of the steering group meeting held on 4 May 2021\n1. K. Osei (member)\n2. L. Banda (member)\n3. R. Tembo (invited)\nThe meeting opened at 10 am.\n1. Budget: it was agreed that the budget be approved.\n');
    expect(d.attendees).toEqual(['K. Osei', 'L. Banda', 'R. Tembo']);
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });
});

describe('groups under an absence heading', () => {
  it('leaves out the groups printed under an absence heading alone, and reads a group said to attend after them', () => {
    const text = '某镇理事会第五次会议记录\n时间：2024年3月2日上午\n出席人员：\n理事：周立群、吴海燕、郑国强\n监事：冯晓东\n请假人员：\n理事：蒋文博、沈丽君\n监事：韩志远\n列席人员：何明亮\n一、审议年度计划\n会议同意年度计划。\n';
    const d = extractFromText(text);
    expect(d.attendees).toEqual(['周立群', '吴海燕', '郑国强', '冯晓东', '何明亮']);
  });
});

describe('an English list wrapped before its "and"', () => {
  it('reads on to a line that opens with "and" and a person', () => {
    const text = 'MINUTES OF THE GARDEN TRUST BOARD HELD ON 3 APRIL 2024\nTrustees Present: Noel Avery, Rita Banks, Owen Carr\nStaff Present: Petra Dale, Head of Grounds, Quentin Eyre, Warden,\nand Ruth Farley, Head of Visitors, Simon Gale, Treasurer\nthe meeting was quorate.\n1. MINUTES\nThe minutes were approved.\n';
    const d = extractFromText(text);
    expect(d.attendees).toEqual(['Noel Avery', 'Rita Banks', 'Owen Carr', 'Petra Dale', 'Quentin Eyre', 'Ruth Farley', 'Simon Gale']);
  });
});

describe('how far an English list with names run together is trusted', () => {
  it('is a reading when an item is four plain words, two names where a break was lost', () => {
    expect(listConfidence(0.9, ['Scott Mcleod', 'Brian Couchie Jason Laronde', 'Mathilde Bazinet'], 'en')).toBeLessThan(0.9);
    // A middle name, an initial or a particle makes a long name a name.
    expect(listConfidence(0.9, ['Scott Mcleod', 'Helen Miranda Wilson', 'Anna van der Berg', 'Mary J. Ellen Smith'], 'en')).toBe(0.9);
  });
  it('is a reading when an initial stands inside two names run together', () => {
    expect(listConfidence(0.9, ['Theodore Turner', 'L. Kelley Susan Goetz', 'Robert Eddy'], 'en')).toBeLessThan(0.9);
    expect(listConfidence(0.9, ['Theodore Turner', 'Griffin Stuart F. Mesinger', 'Robert Eddy'], 'en')).toBeLessThan(0.9);
    expect(listConfidence(0.9, ['Theodore Turner', 'J. R. Kelley', 'Stuart F. Mesinger', 'Robert Eddy'], 'en')).toBe(0.9);
  });
});
