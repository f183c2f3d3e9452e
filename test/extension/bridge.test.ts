// The panel's bridge to the background: a background that never answers does not leave the one
// waiting on it (the enroll button) waiting for ever.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '../../extension/ui/bridge';

describe('send', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers "no answer" once the deadline passes without a reply', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockReturnValue(new Promise(() => undefined) as never);
    expect(await send({ type: 'sync' }, { timeoutMs: 20 })).toEqual({ ok: false, error: 'no-answer' });
  });

  it('passes on the reply that comes in time', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    expect(await send({ type: 'sync' }, { timeoutMs: 5_000 })).toEqual({ ok: true });
  });

  it('answers "no answer" when nobody listens', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await send({ type: 'sync' })).toEqual({ ok: false, error: 'no-answer' });
  });

  it('answers "no answer" when the call itself throws (the extension was reloaded under the page)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(await send({ type: 'sync' }, { timeoutMs: 5_000 })).toEqual({ ok: false, error: 'no-answer' });
  });
});
