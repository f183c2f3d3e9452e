import type { SiteProfile } from './schema';

/**
 * Minutes written by W3C's scribe tool (scribe.perl, "scribe2" template), the form of every W3C
 * group's and many community groups' minutes wherever they are published: the group's name and
 * the meeting's date stand in a header above the record (`<h1>` group, `<h2>` date), and the
 * record itself opens with a generic "Meeting minutes" heading.
 */
export const w3cScribe: SiteProfile = {
  id: 'w3c-scribe',
  label: 'W3C scribe minutes (scribe.perl)',
  urlPatterns: [],
  selectors: { content: 'main#meeting', meta: 'body > header h2', title: 'body > header h1' },
  lastChecked: '2026-12-02',
  fixture: 'test/pages/profile-w3c-scribe',
};
