import { browser } from 'wxt/browser';
import type { CirculateDb } from '../db';
import { isExtensionPage, Message, PageMessage, type Reply, type SenderInfo } from '../messages';
import type { SyncEngine } from '../sync';
import { enroll, EnrollError, signOut } from './auth';
import { captureTab } from './capture';

export interface HandlerDeps {
  db: CirculateDb;
  engine: Pick<SyncEngine, 'sync'>;
  fetch?: typeof fetch;
}

/**
 * Answers a runtime message: validated with zod, accepted only from this extension's pages.
 * Failures are answered by code; the page words them in the UI language.
 */
export async function handleMessage(raw: unknown, sender: SenderInfo, deps: HandlerDeps): Promise<Reply> {
  if (!isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
    return { ok: false, error: 'forbidden' };
  }
  const parsed = Message.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid-message' };
  const msg = parsed.data;
  try {
    switch (msg.type) {
      case 'enroll': {
        const user = await enroll(deps.db, msg, deps.fetch);
        void deps.engine.sync({ force: true });
        return { ok: true, user };
      }
      case 'sync': {
        const r = await deps.engine.sync({ force: true });
        if (r.status === 'failed') return { ok: false, error: r.error.code };
        if (r.status === 'not-enrolled') return { ok: false, error: 'not-enrolled' };
        return { ok: true };
      }
      case 'highlight': {
        const page: PageMessage = msg.quote
          ? { type: 'circulate.highlight', quote: msg.quote, prefix: msg.prefix, suffix: msg.suffix }
          : { type: 'circulate.clearHighlight' };
        // The tab may have navigated away or closed: then there is nothing to show.
        const answer = (await browser.tabs.sendMessage(msg.tabId, PageMessage.parse(page)).catch(() => undefined)) as { found?: boolean } | undefined;
        return { ok: true, found: answer?.found === true };
      }
      case 'capture': {
        // A closed tab is captured as a failure with its reason, like any other.
        const tab = await browser.tabs.get(msg.tabId).catch(() => ({ id: msg.tabId }));
        await captureTab(deps.db, tab);
        return { ok: true };
      }
      case 'signOut':
        await signOut(deps.db, msg.forgetData);
        return { ok: true };
    }
  } catch (err) {
    if (err instanceof EnrollError) return { ok: false, error: err.code };
    console.error('message failed', err);
    return { ok: false, error: 'internal' };
  }
}
