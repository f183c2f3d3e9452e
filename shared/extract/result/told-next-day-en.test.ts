import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a meeting told the morning after', () => {
  it('is a story or a post, whatever list of outcomes follows', () => {
    // A students' union's digest of its council, as its blog printed it (test/pages/neg-en-gb-norwich-uea-union-council-blog-2013-11).
    const digest = [
      "Key Decisions of Union Council 7th November 2013",
      "",
      "Last night, 105 Councilors made the following key decisions. The debate was vibrant, the gavel was out, and again, students had their voices heard on a platform open to all. If you would like to suggest any changes to the motions below, or propose a new idea, contact your Union Councilor. Don’t know who your representative is? A full list of councilors is here:",
      "",
      "Next Council is on the 21st November. If you would like to submit a paper to council, the deadline is 12pm, Friday 15th. We’re here to help in the Student Officer Centre (right of the grad bar) in Union House, or email Tony at",
      "",
      "",
      "• Approved constitutions of Bulgarian, Mandarin, Chinese Drama and Computer Sciences. Postponed consideration of Medsin. Rejected proposed constitution of Postgraduate Law.",
      "",
      "• Co-opted Jessica Lamb as member of the Union Council Action Log Committee; appointed Moji Adegbile to the SSF LTQC",
      "",
      "• Received reports of protests against Barclays Bank’s involvement in tax avoidance and on the visit of George Osborne to Norfolk",
      "",
      "• Noted report that Union policy had been breached by the police and University Security entering Union House uninvited",
      "",
      "• Noted concerns over the quality of reporting from Management Committee",
      "",
      "• Noted that students are not allowed re-admission to events even if they have to help a sick friend home",
      "",
      "• Sent the question of whether to stop the playing of the song ‘Blurred Lines’ in Union premises to a referendum",
      "",
      "• Agreed to sign the ‘Time to Change’ pledge and to work toward ending the stigma and discrimination around mental he",
    ].join('\n');
    expect(extractFromText(digest)).toMatchObject({ isMinutes: false, reason: expect.stringContaining('day after') });
  });
  it('is no story where the record names who attended, or dates its meeting and mentions another day later', () => {
    const roll = [
      'Riverside Bowls Club Committee',
      'Present: Tim Macer (Chair), Anne Cameron, John Ross',
      'Elaine reported that the race day meeting held last night went well. It was agreed that the hall fees stay the same for 2021.',
      'Action: John to write to the council about the car park by 1 May.',
    ].join('\n');
    expect(extractFromText(roll).isMinutes).toBe(true);
    const dated = [
      'Minutes of the Board Meeting held on 12 March 2020',
      'The meeting was called to order at 7:00 pm by Chair Ann Lee. The minutes of the February meeting were approved.',
      'The treasurer reported that the grant was received yesterday. It was agreed to open a savings account.',
    ].join('\n');
    expect(extractFromText(dated).isMinutes).toBe(true);
  });
});
