import type { ManagedPolicy } from '../store';
import { serverBase } from './http';

/** Why a service URL cannot be used: not an http(s) URL, or plain http to a host not allowed. */
export class ServerUrlError extends Error {
  constructor(readonly code: 'bad-url' | 'insecure-url') {
    super(code);
  }
}

/** Hosts where plain http stays on this computer. */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * The service URL without a trailing slash. The token travels with every request, so it must be
 * https; plain http only on this computer (localhost) or to a host the admin's policy allows
 * (`allowHttpHosts`: a host name, or host:port). Throws ServerUrlError otherwise.
 */
export function checkServer(server: string, policy: Pick<ManagedPolicy, 'allowHttpHosts'> = {}): string {
  let url: URL;
  try {
    url = new URL(server.trim());
  } catch {
    throw new ServerUrlError('bad-url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ServerUrlError('bad-url');
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    const allowed = (policy.allowHttpHosts ?? []).map((h) => h.trim().toLowerCase());
    if (!allowed.includes(url.hostname.toLowerCase()) && !allowed.includes(url.host.toLowerCase())) throw new ServerUrlError('insecure-url');
  }
  return serverBase(url.origin + url.pathname);
}
