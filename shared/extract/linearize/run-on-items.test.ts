import { describe, expect, it } from 'vitest';
import { runOnItemCuts } from './run-on-items';
import { splitRunOn } from './lines';

const record =
  'Committee Meeting - Monday 16 March 2015 BSE Stadium 1. Attendance and apologies Jock a) Meeting opened by Jock at 8.35 pm. Welcome to 2015. b) Apologies were received from two members of the committee. 2. Review of Minutes 16/02/2015 Jock Committee invited to comment on minutes. No matters arising from previous minutes. 3. Correspondence Daryl Issues seem to be experienced when registering players for the season with the state body. 4. Financial Summary Daryl provided an overview of finances as most of this was covered at the AGM.';

describe('a record run on as one line, its items counted', () => {
  it('is cut before each counted item and each lettered point', () => {
    const parts = splitRunOn({ text: record, lines: [{ text: record, start: 0, end: record.length, gapBefore: false }] }).lines.map((l) => l.text.slice(0, 12));
    expect(parts).toEqual(['Committee Me', '1. Attendanc', 'a) Meeting o', 'b) Apologies', '2. Review of', '3. Correspon', '4. Financial']);
  });

  it('leaves a number out of the count in its line ("at 8.35 pm", "Item 5. The")', () => {
    const cuts = runOnItemCuts(record).map((i) => record.slice(i + 1, i + 4));
    expect(cuts).not.toContain('8.3');
    expect(runOnItemCuts('We met at 7. Then Item 5. The Clerk read 9. Letters were noted, at length, by all of the members present there.')).toEqual([]);
  });

  it('cuts the items counted past a roll’s label, its names left in their item', () => {
    const withRoll = record.replace('Jock a) Meeting', 'Present: Jock, Ann, Tom a) Meeting');
    expect(runOnItemCuts(withRoll).map((i) => withRoll.slice(i + 1, i + 4))).toEqual(['1. ', 'a) ', 'b) ', '2. ', '3. ', '4. ']);
  });

  it('leaves the count that opens at a roll’s label to the roll’s reader, and counts the items after it', () => {
    const roll = 'Minutes of the Board, 4 March 2010. Present: 1. Professor Arun Kumar Grover, Head of the Department of Physics, in the Chair 2. Dr. Ajay Ranga, Dean of the Faculty of Medicine and Health Sciences 3. Dr. Amit Joshi, Professor of Urology and Transplant Surgery, Head Transplant Unit ';
    const items = '1. Minutes of the last meeting: the Board confirmed the minutes of the meeting held on 5 February 2010. 2. Action taken on the minutes: the Board noted the action taken on the minutes of that meeting. 3. Budget: the Board approved the budget for the year 2010-11 as placed before it.';
    const text = roll + items;
    expect(runOnItemCuts(text).map((i) => text.slice(i + 1, i + 12))).toEqual(['1. Minutes ', '2. Action t', '3. Budget: ']);
  });

  it('leaves a numbered roll of short names whole', () => {
    const roll = 'PRESENT: 1. Professor Arun Kumar Grover (in the Chair) 2. Dr. Ajay Ranga 3. Dr. Amit Joshi 4. Shri Ashok Goyal 5. Ms. Anu Chatrath 6. Dr. Akhtar Mahmood';
    expect(runOnItemCuts(roll)).toEqual([]);
  });

  it('counts items numbered "1)", "2)", "3)" as it counts "1.", "2.", "3.", one style to a count', () => {
    const text =
      'Department SSLC Meeting 5 December 2013 1) Present and Apologies: Present: Ruth Massey, Chris Todd. Apologies: Paul Whitley 2) Approval of minutes from 14/11/13. Minor typo noted on item 8, should read “to raise”. 3) Review of feedback policy (CMT). Chris Todd has received no feedback from students this term. 4) Weighting of final year modules. Student representatives to circulate this information.';
    expect(runOnItemCuts(text).map((i) => text.slice(i + 1, i + 4))).toEqual(['1) ', '2) ', '3) ', '4) ']);
    // "2." after "1)" is no next item of that count.
    expect(runOnItemCuts(text.replace('3) Review', '3. Review').replace('4) Weighting', '4. Weighting'))).toEqual([]);
  });
});
