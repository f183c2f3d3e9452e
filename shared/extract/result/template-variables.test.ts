import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A meeting-notes template kept in a repository: its fields are the template engine's variables.
const zhTemplate = (v: (name: string) => string) =>
  [
    `# 会议记录 - ${v('MeetingType')}`,
    `**会议主题**: ${v('MeetingTopic')}`,
    `**日期时间**: ${v('MeetingDateTime')}`,
    `**主持人**: ${v('MeetingHost')}`,
    `**记录人**: ${v('MeetingRecorder')}`,
    `## 参会人员`,
    `${v('Attendees')}`,
    `## 会议决议`,
    `1. 会议决定：${v('Decision1')}`,
    `2. 会议同意：${v('Decision2')}`,
  ].join('\n');
const enTemplate = (v: (name: string) => string) =>
  [
    `# Minutes of the ${v('committee')} meeting`,
    `Date: ${v('date')}`,
    `Chair: ${v('chair')}`,
    `Present: ${v('attendees')}`,
    `## Decisions`,
    `- It was agreed that ${v('decision_1')}`,
    `- ${v('owner')} to ${v('action')} by ${v('due')}`,
  ].join('\n');

describe('a template whose fields are its engine’s variables', () => {
  it.each([
    ['Mustache/Handlebars', (n: string) => `{{${n}}}`],
    ['Jinja/Liquid, spaced', (n: string) => `{{ ${n} }}`],
    ['dotted', (n: string) => `{{meeting.${n}}}`],
  ])('is no minutes (%s)', (_kind, v) => {
    for (const t of [zhTemplate(v), enTemplate(v)]) {
      const d = extractFromText(t);
      expect(d.isMinutes).toBe(false);
      expect(d.reason).toMatch(/template/);
    }
  });

  it('is no minutes when its fields are a format string’s names ("{date}", "{decision_1}")', () => {
    const snake = (n: string) => `{${n.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toLowerCase()}}`;
    for (const t of [zhTemplate(snake), enTemplate(snake)]) {
      const d = extractFromText(t);
      expect(d.isMinutes).toBe(false);
      expect(d.reason).toMatch(/template/);
    }
  });

  it('leaves a record with braces of its own a record (a set, code)', () => {
    const d = extractFromText(
      [
        'Minutes of the Infrastructure Working Group, 12 March 2024',
        'Present: Ann Lowe, Bo Tran, Cy Webb, Dee Park',
        'Chair: Ann Lowe',
        'The group agreed the routes {A, B} for the pilot and the path /api/{id} for the service; the template literal ${name} stays in the code.',
        'Decisions:',
        '1. The group approved the pilot budget.',
        '2. Bo Tran to draft the rollout plan by 1 April.',
      ].join('\n'),
    );
    expect(d.isMinutes).toBe(true);
  });

  it('leaves a record with a site generator’s shortcode a record', () => {
    const d = extractFromText(
      [
        'August 2022 Business Meeting Minutes',
        'The meeting was called to order at 7:00 pm on August 16, 2022 by President Ann Lowe.',
        'Present: Ann Lowe, Bo Tran, Cy Webb, Dee Park',
        'Motion by Bo Tran, seconded by Cy Webb, to approve the treasurer’s report. Motion carried.',
        'It was agreed to hold the Christmas party on December 10 ({{< relref "/calendar/2022/party.md" >}}).',
        'The meeting adjourned at 8:15 pm.',
      ].join('\n'),
    );
    expect(d.isMinutes).toBe(true);
  });
});
