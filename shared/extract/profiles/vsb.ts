import type { SiteProfile } from './schema';

/** 博达 VSB CMS, common on university sites. */
export const vsb: SiteProfile = {
  id: 'vsb',
  label: '博达 VSB CMS article (university sites)',
  urlPatterns: [],
  selectors: { content: '#vsb_content, .v_news_content' },
  lastChecked: '2026-11-25',
  fixture: 'test/pages/profile-vsb',
};
