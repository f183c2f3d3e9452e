/** Signs in to the dashboard of the service at `url` with a supervisor's code; returns the cookie. */
export async function signIn(url: string, code: string): Promise<string> {
  const res = await fetch(`${url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
    body: new URLSearchParams({ code }).toString(),
  });
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

/** Enrolls a device with a code over HTTP; returns its bearer token. */
export async function enrollDevice(url: string, code: string): Promise<string> {
  const res = await fetch(`${url}/api/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, deviceName: 'bench' }) });
  if (res.status !== 201) throw new Error(`enroll answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}
