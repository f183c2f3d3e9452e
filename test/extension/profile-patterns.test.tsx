// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatProfileLines, parseProfileLines, readProfilePatterns } from '../../extension/page/profile-patterns';
import { ProfilePatternsSettings } from '../../extension/ui/ProfilePatterns';
import { installEnglish } from './ui-helpers';

beforeEach(() => {
  fakeBrowser.reset();
  installEnglish();
});
afterEach(() => cleanup());

describe('profile pattern lines', () => {
  it('groups patterns by profile and returns what does not parse', () => {
    const { patterns, bad } = parseProfileLines('oa-reading http://10.1.2.3/gw/*\n\n oa-reading /^https:\\/\\/oa\\.x\\//  \nzfxxgk\nnot a line at all');
    expect(patterns).toEqual({ 'oa-reading': ['http://10.1.2.3/gw/*', '/^https:\\/\\/oa\\.x\\//'] });
    expect(bad).toEqual(['zfxxgk', 'not a line at all']);
    expect(parseProfileLines(formatProfileLines(patterns)).patterns).toEqual(patterns);
  });
});

describe('Settings: site profiles on intranet hosts', () => {
  it('stores valid patterns for the capture script', async () => {
    render(<ProfilePatternsSettings />);
    fireEvent.input(screen.getByTestId('settings-profiles'), { target: { value: 'oa-reading http://10.1.2.3/gw/*' } });
    fireEvent.click(screen.getByTestId('settings-profiles-save'));
    await waitFor(() => expect(screen.getByTestId('settings-profiles-note').className).toContain('ok'));
    expect(await readProfilePatterns()).toEqual({ 'oa-reading': ['http://10.1.2.3/gw/*'] });
  });

  it('refuses an unknown profile and keeps what was stored', async () => {
    render(<ProfilePatternsSettings />);
    fireEvent.input(screen.getByTestId('settings-profiles'), { target: { value: 'no-such-profile http://10.0.0.1/*' } });
    fireEvent.click(screen.getByTestId('settings-profiles-save'));
    await waitFor(() => expect(screen.getByTestId('settings-profiles-note').textContent).toContain('no-such-profile'));
    expect(await readProfilePatterns()).toEqual({});
  });
});
