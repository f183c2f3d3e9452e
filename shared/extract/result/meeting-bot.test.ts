import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { meetingBotMinutes } from './meeting-bot';

const agenda = ['Meeting Date: 2009-12-03 at 15:00 UTC', 'Agenda Items', 'Package Lifecycle (proposing new packages, removing old ones). -- ?ReinhardTartler', '- Should we close down the alioth project to avoid confusing people?', '- Who are our DDs with upload rights?', '- (insert further topics)', '- schedule next meeting'];
// As a wiki page prints the bot's text, run together on one line.
const minutes = [
  'Minutes',
  '======================================================== 1st #debian-multimedia Meeting on Thursday, 03 Dec 2009 ======================================================== Meeting started by siretart` at 15:02:19 UTC. The full logs are available at http://meetbot.example.net/2009-12-03.log.html . Meeting summary --------------- * introduction round (siretart`, 15:03:32) * the present team members introduced themselves * ACTION: edrz agrees to update the wiki with what was agreed in this meeting. (edrz, 15:20:26)',
];
const rawLog = ['21:03 <AlanBell> #startmeeting IRC team', '21:03 <meetingology> Meeting started Sun Oct 27 21:03:51 2013 UTC. The chair is AlanBell.', '21:04 <AlanBell> not very organised about notifications, but here we are', '21:30 <AlanBell> #endmeeting'];

describe('minutes a chat meeting’s bot wrote', () => {
  it('are the record, under the agenda a wiki page keeps above them', () => {
    expect(meetingBotMinutes(minutes.join('\n'))).toBe(true);
    expect(extractFromText([...agenda, ...minutes].join('\n')).isMinutes).toBe(true);
  });

  it('are not the agenda alone, nor the raw log of the meeting', () => {
    expect(extractFromText(agenda.join('\n')).isMinutes).toBe(false);
    expect(meetingBotMinutes(rawLog.join('\n'))).toBe(false);
    expect(extractFromText(rawLog.join('\n')).isMinutes).toBe(false);
  });
});
