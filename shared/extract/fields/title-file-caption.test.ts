import { describe, expect, it } from 'vitest';
import { aboutRecord } from './title-about-record';

// A meeting's page links its minutes as a file: the link's caption names the file, not this page's heading.
describe('a link caption naming a minutes file', () => {
  it.each(['Minutes: June 19 2017 Board of Police Commissioners minutes (PDF)', 'Board minutes [PDF, 245 KB]', 'Approved minutes (docx)', 'Council Minutes (PDF - 1.2MB)'])('is about the record: %s', (line) => {
    expect(aboutRecord(line)).toBe(true);
  });
  it.each(['Minutes of the Board of Police Commissioners, June 19 2017', 'Board Minutes (Draft)', 'Minutes (Special Meeting)'])('a heading is not: %s', (line) => {
    expect(aboutRecord(line)).toBe(false);
  });
});
