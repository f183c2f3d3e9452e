import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const page = (line: string) => `Minutes of the Club Meeting, 3 March 2020\n${line}\n1. Budget\nIt was agreed that the budget be approved.\nAction: Tom to circulate the report by 30 June.`;

describe('the chair told by an absolute phrase or as the agent', () => {
  it.each([
    ['The council met in regular session pursuant to law, Mayor Lee presiding.', 'Lee'],
    ['The regular meeting was held at the Library on Wednesday March 12, 2014 with T. Reid chairing.', 'T. Reid'],
    ['Meeting chaired by: Mr. Ann Lee, Secretary.', 'Ann Lee'],
    ['The meeting was presided over by Ann Lee.', 'Ann Lee'],
  ])('%s', (line, name) => {
    expect(extractFromText(page(line)).presider).toBe(name);
  });
  it('names no one where no person stands before "presiding"', () => {
    expect(extractFromText(page('Signing minutes: who should sign the minutes of sessions that meet with a moderator pro-tem presiding was discussed.')).presider).toBeNull();
    expect(extractFromText(page('The Presiding Officer report was received.')).presider).toBeNull();
  });
});
