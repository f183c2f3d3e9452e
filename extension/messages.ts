import { z } from 'zod';
import type { EnrolledUser } from './profile';
import type { ErrorCode } from './sync/errors';

/** Messages the extension pages send to the background. Every one of them is privileged. */
export const Message = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('enroll'),
    server: z.string().trim().min(1).max(2000),
    code: z.string().trim().min(1).max(100),
    deviceName: z.string().trim().max(200).default(''),
  }),
  z.object({ type: z.literal('sync') }),
  /** Show on the captured page where a field came from (its quote and context), or clear it. */
  z.object({
    type: z.literal('highlight'),
    tabId: z.number().int().min(0),
    quote: z.string().max(5000),
    prefix: z.string().max(500).default(''),
    suffix: z.string().max(500).default(''),
  }),
  /** Capture the tab again (the panel's retry after a failed capture); activeTab still holds for its page. */
  z.object({ type: z.literal('capture'), tabId: z.number().int().min(0) }),
  /** `forgetData`: also delete this device's records, outbox included. */
  z.object({ type: z.literal('signOut'), forgetData: z.boolean().default(false) }),
]);
export type Message = z.input<typeof Message>;

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
