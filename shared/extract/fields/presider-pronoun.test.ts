import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a pronoun told of the one who chaired', () => {
  it('is no presider ("She explained …" after "The Rev. Rachel Wilson welcomed …")', () => {
    const text = [
      'Minutes of the Annual General Meeting',
      'held on Monday 20 October 2008',
      '',
      'The Rev. Rachel Wilson welcomed 24 residents to the meeting. She explained that a discussion had taken place.',
      'She said it was possible. The Rev. Rachel continued to chair the meeting until item 3.',
      '',
      'Item 1 Apologies',
      'Apologies were received from Heather Thomas-Smith.',
    ].join('\n');
    expect(extractFromText(text).presider ?? '').not.toMatch(/^(?:she|he|they)$/i);
  });
});
