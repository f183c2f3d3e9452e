import type { SiteProfile } from './schema';

/** WordPress posts and pages (parish and town council sites). */
export const wordpress: SiteProfile = {
  id: 'wordpress',
  label: 'WordPress post or page',
  urlPatterns: [],
  selectors: { content: 'article .entry-content, .post .entry-content', title: 'article .entry-title, .post .entry-title' },
  lastChecked: '2026-11-25',
  fixture: 'test/pages/profile-wordpress',
};
