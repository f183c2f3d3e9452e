import type { SiteProfile } from './schema';

/** Government information-disclosure pages (TRS, Ucap, 大汉 templates) under a 政府信息公开 path. */
export const zfxxgk: SiteProfile = {
  id: 'zfxxgk',
  label: '政府信息公开 disclosure page (TRS / Ucap / 大汉 templates)',
  urlPatterns: ['*/zfxxgk/*', '*/xxgk/*', '*/zwgk/*'],
  selectors: {
    content: '#zoom, .TRS_Editor, #UCAP-CONTENT, .zoom, .article-content',
    meta: '.xxgk-table, .xxgk_table, .xxgk-info, table.meta, .zfxxgk_zdgkc',
  },
  lastChecked: '2026-11-25',
  fixture: 'test/pages/profile-zfxxgk',
};
