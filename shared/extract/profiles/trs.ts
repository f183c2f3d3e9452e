import type { SiteProfile } from './schema';

/** TRS WCM and Ucap article bodies, wherever they are published. */
export const trs: SiteProfile = {
  id: 'trs',
  label: 'TRS WCM / Ucap article body',
  urlPatterns: [],
  selectors: { content: '.TRS_Editor, #UCAP-CONTENT, #zoom' },
  lastChecked: '2026-11-25',
  fixture: 'test/pages/profile-trs',
};
