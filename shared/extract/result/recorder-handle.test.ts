import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A team's notes name their note-taker by a handle, on a label line of its own: the record kept.
describe('a note-taker named by a handle', () => {
  const notes = (taker: string) =>
    ['# 2020-01-14 Hypha Worker Co-op: Finance WG', 'Time: Tue, Jan 14, 2020 @ 12:00pm', 'Attending:  pc, yj, bl', taker, '## Notes', '- pc: eager to start working and get clients in', '- yj: concern of spending more than we have'].join('\n');

  it.each(['Notetaker:  pc', 'Scribe: @yj', '**Note taker:** bl'])('%s', (taker) => {
    expect(extractFromText(notes(taker)).isMinutes).toBe(true);
  });

  it.each(['Notetaker: tbd', 'The notetaker should send the notes out.'])('not a name: %s', (taker) => {
    expect(extractFromText(notes(taker)).isMinutes).toBe(false);
  });
});
