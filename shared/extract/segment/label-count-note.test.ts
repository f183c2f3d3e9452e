import { describe, expect, it } from 'vitest';
import { parseLabel } from './labels';

// How many came, in brackets after the label, is no part of the label's words.
describe('an attendance label followed by a count in brackets', () => {
  it.each([
    ['Present (8): Christine (chair), Steve (secretary), Ronnie', 'attendance'],
    ['Present ( 16 members): A Smith, B Jones', 'attendance'],
    ['Apologies (3): Catherine, Andrew, Mickey', 'absence'],
    ['出席（7人）：张三、李四', 'attendance'],
    ['参会人员(12名)：张三、李四', 'attendance'],
    ['请假（2人）：王五、赵六', 'absence'],
  ])('reads "%s" as a label of %s', (line, kind) => {
    expect(parseLabel(line)?.kind).toBe(kind);
  });

  it('keeps the names after the colon as the value', () => {
    expect(parseLabel('Present (8): Christine (chair), Steve')?.value).toBe('Christine (chair), Steve');
  });

  it.each(['Item (2): Budget report', 'Motion (3): to approve the accounts', '议题（2）：预算安排'])('reads no attendance label from "%s"', (line) => {
    const kind = parseLabel(line)?.kind;
    expect(kind === 'attendance' || kind === 'absence').toBe(false);
  });
});
