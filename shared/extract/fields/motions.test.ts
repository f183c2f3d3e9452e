import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const doc = (body: string) => `Minutes of the Finance Committee meeting held on 3 March 2021\nPresent: A Smith (Chair), B Jones, C Brown\n${body}`;

describe('English motions and actions', () => {
  it('a block motion starts at the resolution; a lost one is no decision', () => {
    const d = extractFromText(doc('1. Budget\nMOVED BY Councillor Jones\nSECONDED BY Councillor Brown\nTHAT the budget for 2021 be adopted.\nCARRIED UNANIMOUSLY\n2. Fees\nMoved: Brown\nSeconded: Jones\nThat the fees be doubled.\nLOST'));
    expect(d.decisions.map((x) => x.text)).toEqual(['THAT the budget for 2021 be adopted.']);
  });
  it('"Proposed by … Seconded by … And Resolved:" and a formula naming the body', () => {
    const d = extractFromText(doc('Proposed by Councillor Jones;\nSeconded by Councillor Brown;\nAnd Resolved:\n“That the Finance Committee: accept the apology from Cllr Grey.”'));
    expect(d.decisions.map((x) => x.text)).toEqual(['accept the apology from Cllr Grey.']);
  });
  it('a motion told in a sentence keeps the sentence; a failed one is dropped', () => {
    const d = extractFromText(doc('Jones moved, Brown seconded, to approve the contract; motion passed unanimously.\nA motion was made by Brown, seconded by Jones, to buy a van. The motion failed.'));
    expect(d.decisions.map((x) => x.text)).toEqual(['Jones moved, Brown seconded, to approve the contract; motion passed unanimously.']);
  });
  it('"Moved Cr A, seconded Cr B and resolved" over "That …": the resolution is the decision, not the mover line', () => {
    const d = extractFromText(doc('Resolution\nMoved Cr Jones, seconded Deputy Mayor Brown and resolved\nThat the Committee receives the quarterly report.\nMoved Cr Brown seconded Cr Jones and resolved:\nThat the fees schedule be adopted.'));
    expect(d.decisions.map((x) => x.text)).toEqual(['That the Committee receives the quarterly report.', 'That the fees schedule be adopted.']);
  });
  it('a line that moves and seconds with its motion on it is no bare mover line: its words stay', () => {
    const d = extractFromText(doc('Moved by Jones seconded by Brown to approve the minutes of 3 February.'));
    expect(d.decisions.map((x) => x.text).join(' ')).toMatch(/approve the minutes of 3 February/);
  });
  it('"Resolved:-" closed with a dash, and "Motion: Moved: X Seconded: Y" on one padded line, head their resolution', () => {
    const d = extractFromText(doc('At the outset, it was -\nProposed by Cllr. A. Jones\nSeconded by Cllr. B. Brown\nResolved:-\n“That the standing orders be suspended for the item.”\nConfirmation of Minutes\nMotion:                          Moved:      Clr Brown                 Seconded: Clr Jones\nThat the minutes of the meeting held on 3 February 2021 be confirmed.\nOn being put to the meeting the motion was declared CARRIED.'));
    expect(d.decisions.map((x) => x.text)).toEqual(['That the standing orders be suspended for the item.', 'That the minutes of the meeting held on 3 February 2021 be confirmed.']);
  });
  it('action blocks and action tables give the owner and the due', () => {
    const d = extractFromText(doc('Action Point 1\nCirculate the draft plan.\nOwner: Bob Grey\nDue: 30 April 2021\nOwner | Action | Due\nAS | Book the hall | end of May\nCB | Renew the insurance | 1 June 2021'));
    expect(d.decisions.map((x) => [x.text, x.assignees, x.due, x.dueDate])).toEqual([
      ['Circulate the draft plan.', ['Bob Grey'], '30 April 2021', '2021-04-30'],
      ['Book the hall', ['AS'], 'end of May', '2021-05-31'],
      ['Renew the insurance', ['CB'], '1 June 2021', '2021-06-01'],
    ]);
  });
});

describe('motions as sentences and forms with blanks', () => {
  it('"Motion to approve …" and "Motion by X, second by Y …" are decisions; a motion with blanks is not', () => {
    const d = extractFromText(doc('Motion by Janet Keough, second by Gary Mantay to approve the December minutes. All ayes.\nMotion to approve the treasurer report as presented, by Jim.\nMotion by __, support by __, that the meeting be adjourned at __pm.'));
    expect(d.decisions.map((x) => x.text.slice(0, 24))).toEqual(['Motion by Janet Keough, ', 'Motion to approve the tr']);
  });
  it('"TODO - X to …" is an action with its owner', () => {
    const d = extractFromText(doc('Infrastructure\n• TODO - Larry Gritz to transfer the domain.'));
    expect(d.decisions.map((x) => x.assignees)).toEqual([['Larry Gritz']]);
  });
});

describe('motions told in other shapes', () => {
  it('a resolution standing alone keeps its words as printed; a block leaves the label out', () => {
    const d = extractFromText(doc('1. Minutes\nResolved that the minutes are a true and accurate record.  AS/BJ\n2. Accounts\nRESOLVED: That the accounts be received.'));
    expect(d.decisions.map((x) => x.text)).toEqual(['Resolved that the minutes are a true and accurate record.  AS/BJ', 'RESOLVED: That the accounts be received.']);
  });
  it('number, mover and seconder on one line, the result under its own label', () => {
    const d = extractFromText(doc('Motion:  494-2011      Moved by Neil Warwick          Seconded by Jason Breckenridge\n“That the agenda be adopted as amended.”\nDisposition                        Carried\nMotion:  495-2011      Moved by Jason Breckenridge\n“That the fees be doubled.”\nDisposition                        Defeated'));
    expect(d.decisions.map((x) => x.text)).toEqual(['That the agenda be adopted as amended.']);
  });
  it('present-tense motions and a note’s bare outcome are decisions; "minutes are approved unless …" is not', () => {
    const d = extractFromText(doc('Agenda approved unchanged as published\nHarold moves to approve. Lou seconds.\nMinutes are approved unless specified as draft.'));
    expect(d.decisions.map((x) => x.text)).toEqual(['Agenda approved unchanged as published', 'Harold moves to approve.']);
  });
});

describe('motion blocks as pages print them', () => {
  it('"Moved by:Councillor X" with no space, and a time in the resolution', () => {
    const d = extractFromText(doc('1.\nMoved by:Councillor Jones\nSeconded by:Councillor Brown\nTHAT the Regular Meeting held on May 3, 2021 be called to order at 7:02 p.m.\nMotion Carried'));
    expect(d.decisions.map((x) => x.text)).toEqual(['THAT the Regular Meeting held on May 3, 2021 be called to order at 7:02 p.m.']);
  });
});

describe('motion blocks worded otherwise', () => {
  it('"Proposed by … / Seconded by … / AND AGREED / “To confirm …”": the To-line is the resolution', () => {
    const d = extractFromText(doc('1. Minutes of the budget meeting\nProposed by Councillor A. Grey\nSeconded by Councillor B. White\nAND AGREED\n“To confirm the minutes of the budget meeting held on 1st February, 2021.”\n2. Correspondence\nThe Clerk read the letters received.'));
    expect(d.decisions.map((x) => x.text)).toEqual(['To confirm the minutes of the budget meeting held on 1st February, 2021.']);
  });
  it('"RESOLVED on the motion of Crs A and B" names the movers: the resolution below is the decision', () => {
    const d = extractFromText(doc('12/21\nRESOLVED on the motion of Crs Grey and White\nThat the Minutes of the Ordinary Meeting held on 8 February 2021 be confirmed.\nIn favour: Crs Grey, White and Black'));
    expect(d.decisions.map((x) => x.text)).toEqual(['That the Minutes of the Ordinary Meeting held on 8 February 2021 be confirmed.']);
  });
});

describe('motions in US and Australian layouts', () => {
  it('a bare "Motion:" head: its first paragraph is the motion, without the seconder and the vote below', () => {
    const d = extractFromText(doc(['VIII.', 'Approval of Board Meeting Minutes of January 30, 2021', 'Motion:', '', 'Director Grey made the motion to approve the', 'Board Meeting minutes of January 30, 2021.', 'Director White seconded the motion.', '', 'Vote on', 'The Motion: The motion passed with 13 in favor.', 'RESULT:', 'MOVER:', 'SECONDER:'].join('\n')));
    expect(d.decisions.map((x) => x.text)).toEqual(['Director Grey made the motion to approve the Board Meeting minutes of January 30, 2021.']);
  });
  it('a run-on line: "… RESOLUTION: That …" starts the decision; "MOVED: Cr A SECONDED: Cr B CARRIED" is none', () => {
    const line = 'CONSIDERATION OF MINUTES General Meeting – Wednesday 19 April 2021 RESOLUTION: That the Minutes of the General Meeting held on Wednesday 19 April 2021 be confirmed. MOVED: Cr Grey SECONDED: Cr White CARRIED RESOLUTION NO.2021/GM12 5/0 BUSINESS ARISING Nil.';
    const d = extractFromText(doc(line));
    expect(d.decisions.map((x) => x.text)).toEqual(['That the Minutes of the General Meeting held on Wednesday 19 April 2021 be confirmed.']);
  });
});

describe('mover and seconder in brackets after the label', () => {
  const doc = (body: string[]) => ['Minutes of the Ordinary Meeting of Council held on 6 August 2020', 'Present: Cr A Smith (Mayor), Cr B Jones, Cr C Brown', ...body].join('\n');
  it('"Resolved (Cr A / Cr B)" over "That …" is a motion block; one put and lost is no decision', () => {
    const d = extractFromText(
      doc([
        '1. Confirmation of Minutes',
        'Resolved (Cr Ann Smith / Cr Bob Jones)',
        'That the minutes of the Ordinary Meeting held on 9 July 2020 be confirmed.',
        'The Motion on being put to the meeting was carried unanimously.',
        '2. Footpath Works',
        'Moved (Cr Bob Jones / Cr Carl Brown)',
        'That the footpath works be deferred.',
        'The Motion on being put to the meeting was lost.',
      ]),
    ).decisions;
    expect(d.map((x) => x.text)).toEqual(['That the minutes of the Ordinary Meeting held on 9 July 2020 be confirmed.']);
  });
});

describe('a motion block whose mover line wrapped', () => {
  it('"MOVED by Chair A Smith, seconded by Deputy Chair B" / "Jones:" is one mover line: the resolution is still read', () => {
    const d = extractFromText(doc('2 Apologies\nResolution number FC/2021/3\nMOVED by Chairperson A Smith, seconded by Deputy Chairperson B\nJones:\nThat the Finance Committee:\na) accept the apology from Member C Brown for absence.\nCARRIED'));
    expect(d.decisions.map((x) => x.text)).toEqual(['accept the apology from Member C Brown for absence.']);
  });
});

describe('motions told on one line and numbered resolutions', () => {
  it('"On the Motion of Councillors A and B That …" is the sentence as printed; a lost one is dropped', () => {
    const d = extractFromText(
      doc(
        [
          '4. Apologies',
          'On the Motion of Councillors Lee and Park That the apology of Councillor Ng be accepted. A later note follows here.',
          '5. Parking',
          'Moved Cr Park, seconded Cr Lee that a parking study be commissioned.',
          'LOST',
        ].join('\n'),
      ),
    );
    expect(d.decisions.map((x) => x.text)).toEqual(['On the Motion of Councillors Lee and Park That the apology of Councillor Ng be accepted.']);
  });
  it('"Resolution No. 21/045" over each resolution labels it: every one is read', () => {
    const d = extractFromText(doc('Resolution No. 21/045\nThat the draft trails plan be placed on exhibition.\nResolution No. 21/046\nThat the quote from Delta Paving be accepted.'));
    expect(d.decisions.map((x) => x.text)).toEqual(['That the draft trails plan be placed on exhibition.', 'That the quote from Delta Paving be accepted.']);
  });
});

describe('a resolution with its preamble', () => {
  it('"WHEREAS … / THEREFORE BE IT RESOLVED THAT …" under its movers is one motion, its text from THAT', () => {
    const d = extractFromText(doc('4. A. Lane – B. Moss\nWHEREAS the library roof leaks in heavy rain;\nWHEREAS the repair is in this year’s budget;\nTHEREFORE BE IT RESOLVED THAT the roof be repaired before winter.\nCarried.\n5. B. Moss – C. Hart\nRESOLVED THAT the meeting adjourn.\nCarried.'));
    expect(d.decisions.map((x) => x.text)).toEqual(['THAT the roof be repaired before winter.', 'RESOLVED THAT the meeting adjourn.']);
  });
  it('a preamble with no resolution after it decides nothing', () => {
    const d = extractFromText(doc('WHEREAS the hall needs a new boiler;\nWHEREAS quotes are awaited.\nThe clerk will report next month.'));
    expect(d.decisions.map((x) => x.text)).not.toContain('WHEREAS the hall needs a new boiler;');
  });
});
