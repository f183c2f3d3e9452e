import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (list: string) => ['香港某協會籌備委員會', '第二十次會議記錄', '日期:2007年5月26日', `出席者:${list}`, '', '1. 會議通過上次會議記錄。'].join('\n');

describe('the chair marked in a Chinese attendance list by a Latin handle', () => {
  it('"encyclopedist(主席)" presides', () => {
    expect(extractFromText(record('encyclopedist(主席)、Jerry~雨雨(代理秘書職務)、王五')).presider).toBe('encyclopedist');
  });

  it('a handle marked otherwise does not', () => {
    expect(extractFromText(record('encyclopedist(秘書)、王五、李四')).presider).toBeNull();
  });
});
