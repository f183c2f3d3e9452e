import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { carriedBack } from './carried-back';

/** A small record around one item, so the whole reading (segment, sections, sentences) is tried. */
const HEAD = ['Minutes of the Hillside Rowing Club Committee Meeting', 'Held on 9 May 2024 at the Boathouse', 'Present: Sue Park (Chair), Dan Ortiz, Priya Nair, Tom Reed', '', '1. Welcome', 'The Chair welcomed everyone to the meeting.', ''];
const decisionsOf = (item: string[]) => extractFromText([...HEAD, ...item, '', 'Meeting closed at 9pm.'].join('\n')).decisions.map((d) => d.text);

describe('an outcome pointing back at the motion before it', () => {
  const items: [string[], string][] = [
    [['2. Minutes', '- Dan circulated the draft minutes by email. Moved by him that the minutes be adopted as circulated. Seconded by Priya (PN). The motion was carried.'], 'Moved by him that the minutes be adopted'],
    [['2. Fees', 'Proposal by the committee: Boat fees to stay at £40 for 2024/25.', 'The motion was proposed by Tom Reed and seconded by Dan Ortiz and carried unanimously.'], 'Boat fees to stay at £40'],
    [['2. Boathouse', 'The Chair moved & Tom Reed seconded the following resolution:-', '', '“That the club write to the council to object to the new parking charges”', '', 'This was carried in silence.'], 'That the club write to the council'],
    [['2. Kit', 'Motion by Priya to buy two new sets of oars. Motion second by Tom. Motion carried.'], 'Motion by Priya to buy two new sets of oars'],
  ];
  for (const [item, motion] of items) {
    it(`reads the motion, not its fate: "${motion}"`, () => {
      const got = decisionsOf(item);
      expect(got.some((t) => t.includes(motion))).toBe(true);
      expect(got.some((t) => /^(?:the motion|this|motion) (?:was )?(?:proposed|carried)/i.test(t))).toBe(false);
      expect(got.some((t) => /following resolution|second by/.test(t))).toBe(false);
    });
  }

  it('knows a back-pointing outcome from an outcome of its own', () => {
    for (const s of ['The motion was carried.', 'Motion carried unanimously.', 'This was carried in silence.', 'The proposal was duly adopted.', 'The motion was proposed by A. Lee and seconded by B. Roe and carried.']) expect(carriedBack(s)).toBe(true);
    for (const s of ['It was agreed that the club buy oars.', 'It was agreed to offer this facility.', 'The minutes were approved.', 'Tom moved to adjourn.']) expect(carriedBack(s)).toBe(false);
  });

  // The motion's subject said to have passed, after a member's motion, is the same outcome told again.
  it.each([
    ['Motion by Mary Morich to approve the January minutes; seconded by Becky Elwell. The minutes were approved unanimously.', 'Motion by Mary Morich'],
    ['Motion by Becky Elwell and seconded by Elaine Johnson. The agenda was approved unanimously.', 'Motion by Becky Elwell'],
    ['Motion by Heide Parreno to accept the budget, seconded by Martha Howden. The budget was unanimously approved.', 'Motion by Heide Parreno'],
  ])('one decision for "%s"', (line, motion) => {
    const got = decisionsOf(['2. Business', line]);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain(motion);
  });

  it('leaves an outcome with no motion before it as read', () => {
    const got = decisionsOf(['2. Treasurer', 'The accounts for the year were presented by the Treasurer.', 'The accounts were approved unanimously.']);
    expect(got.some((t) => t.includes('The accounts were approved'))).toBe(true);
  });
});
