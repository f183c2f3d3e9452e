import type { SiteProfile } from './schema';

/**
 * An OA system's document reading page: a header with the document's title, a table of 文件信息
 * (文号/发文单位/成文日期), the body, and beside it an approval trail (办理意见/流转记录) that holds
 * more text than the body and must not be read as it. OA hosts are intranet addresses that differ
 * per organisation, so the shipped pattern is only a common path; admins add their own hosts.
 */
export const oaReading: SiteProfile = {
  id: 'oa-reading',
  label: 'OA document reading page (body + 文件信息 table + approval trail)',
  urlPatterns: ['*/oa/*/read*'],
  selectors: {
    content: '#docContent, .doc-content, .doc-body, #zwContent, .zw-content, .read-content',
    meta: '.doc-info, #docInfo, table.doc-meta',
    title: '.doc-title, #docTitle',
  },
  lastChecked: '2026-11-25',
  fixture: 'test/pages/profile-oa-reading',
};
