// The admin's managed policy is read with a bound: Chromium answers storage.managed only once its
// policy service has started, and enrollment waits on this read. A read that does not answer gives
// the last policy read (so an admin's service URL stays the only one), else none.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPolicy } from '../../extension/store';

const never = () => new Promise(() => undefined) as never;

describe('readPolicy', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('returns the policy the browser answers, parsed', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ serviceUrl: 'https://svc.lan', allowHttpHosts: 'not a list' } as never);
    expect(await readPolicy()).toEqual({ serviceUrl: 'https://svc.lan', allowHttpHosts: undefined });
  });

  it('gives the last policy read when the browser does not answer in time', async () => {
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ serviceUrl: 'https://svc.lan' } as never);
    await readPolicy();
    get.mockReturnValue(never());
    expect(await readPolicy(20)).toEqual({ serviceUrl: 'https://svc.lan' });
  });

  it('gives no policy when the browser never answered on this device', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(never());
    expect(await readPolicy(20)).toEqual({});
  });

  it('gives no policy where the browser has none (Firefox throws)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readPolicy()).toEqual({});
  });
});
