import type { SiteProfile } from './schema';

/** Drupal nodes (body field, or the node's content box in older themes). */
export const drupal: SiteProfile = {
  id: 'drupal',
  label: 'Drupal node body',
  urlPatterns: [],
  selectors: { content: '.node .field-name-body, .node .content' },
  lastChecked: '2026-11-25',
  fixture: 'test/pages/profile-drupal',
};
