import { describe, expect, it } from 'vitest';
import { isChrome } from './markers';

// A document-sharing site prints the file's particulars above the text it shows.
describe('a document site\'s particulars of the file', () => {
  it.each(['Total Page:16', 'File Type:pdf, Size:1020Kb', 'Embed Size (px)', 'Size: px', 'Transcription', 'CONTINUE READING', 'View: 0 times', 'Share this document with a friend'])('are the page\'s furniture: %s', (text) => {
    expect(isChrome(text)).toBe(true);
  });
  it.each(['Total Page count of the report was agreed.', 'File Type and Size of attachments to be agreed by the Clerk.', 'Transcription of the recording to be done by JS.'])('are not a record\'s sentence: %s', (text) => {
    expect(isChrome(text)).toBe(false);
  });
});
