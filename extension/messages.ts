// zod/mini: the content scripts check these too, and they must stay small (full zod is ~50 KB there).
import * as z from 'zod/mini';
import type { PageLines as PageLinesData } from '../shared/extract/page';
import type { EnrolledUser } from './enrollment';
import type { ErrorCode } from './sync/errors';

/**
 * Every message between the parts of the extension, in one place:
 * - `Message`: the extension's own pages (side panel, options) to the background. All privileged.
 * - `PageMessage`: the background to the capture script in a tab.
 * - `ContentMessage`: the detection script in a web page to the background.
 * - `PageRead`, `PageFailure`, `PageText`: what a script injected into a tab returns to the
 *   background (the capture script's reply, or the page's bare text).
 */

/** Messages the extension pages send to the background. Every one of them is privileged. */
export const Message = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('enroll'),
    server: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
    code: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    deviceName: z._default(z.string().check(z.trim(), z.maxLength(200)), ''),
  }),
  z.object({ type: z.literal('sync') }),
  /** Show on the captured page where a field came from (its quote and context), or clear it. */
  z.object({
    type: z.literal('highlight'),
    tabId: z.int().check(z.minimum(0)),
    quote: z.string().check(z.maxLength(5000)),
    prefix: z._default(z.string().check(z.maxLength(500)), ''),
    suffix: z._default(z.string().check(z.maxLength(500)), ''),
  }),
  /** Capture the tab again (the panel's retry after a failed capture); activeTab still holds for its page. */
  z.object({ type: z.literal('capture'), tabId: z.int().check(z.minimum(0)) }),
  /** `forgetData`: also delete this device's records, outbox included. */
  z.object({ type: z.literal('signOut'), forgetData: z._default(z.boolean(), false) }),
]);
export type Message = z.input<typeof Message>;

export { PageMessage } from './page/page-message';

/** What the detection script may say. A content script can say nothing else to the background. */
export const ContentMessage = z.object({ type: z.literal('minutesSeen'), found: z.boolean() });
export type ContentMessage = z.infer<typeof ContentMessage>;

/**
 * The page read into lines (shared/extract/page.ts `PageLines`). A line keeps any further fields
 * the linearizer gives it: the field stages read them as the extractor wrote them.
 */
const Line = z.looseObject({
  text: z.string(),
  start: z.int().check(z.minimum(0)),
  end: z.int().check(z.minimum(0)),
  gapBefore: z.boolean(),
});
export const PageLines = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('lines'),
    text: z.string(),
    lines: z.array(Line),
    warnings: z.array(z.string()),
    titleHint: z.nullable(z.string()),
    wholePage: z.boolean(),
  }),
  z.object({ kind: z.literal('empty'), warnings: z.array(z.string()) }),
  z.object({ kind: z.literal('failed'), error: z.string() }),
]);

/** The capture script's reply: the page's lines; the fields are read in the background, not in the page. */
export const PageRead = z.object({ url: z.string(), title: z.string(), page: PageLines });
/** Typed by the extractor's own `PageLines` (a line's further fields included), which the schema checks. */
export interface PageRead {
  url: string;
  title: string;
  page: PageLinesData;
}

/** The capture script's reply when the extractor threw: the page's text, kept for manual entry. */
export const PageFailure = z.object({ url: z.string(), title: z.string(), text: z.string(), error: z.string() });
export type PageFailure = z.infer<typeof PageFailure>;

/** The page's visible text, read by a one-line injected function when the capture script gave nothing usable. */
export const PageText = z.object({ url: z.string(), title: z.string(), text: z.string() });
export type PageText = z.infer<typeof PageText>;

/** `error` is an ErrorCode (sync/errors.ts) for the page to word in the UI language. */
export type Reply = { ok: true; user?: EnrolledUser; found?: boolean } | { ok: false; error: ErrorCode };

/** What the background knows of a message's sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * True only for this extension's own pages (side panel, options). Content scripts run inside web
 * pages: their sender URL is the page's, so they can never enroll, sync or sign out.
 */
export function isExtensionPage(sender: SenderInfo, runtimeId: string, extensionRoot: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionRoot);
}
