import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readPortals } from '../background/portals';
import { prefs } from '../store';
import { originPattern, requestOrigins } from '../permissions';
import { t } from './i18n';

/** The portal sites to watch for minutes pages: one per line, each asked for as host access on save. */
export function Portals(props: { serverPattern: string | null }) {
  const [text, setText] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    void readPortals().then((list) => setText((cur) => cur || list.join('\n')));
  }, []);

  const onSave = () => {
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    const bad = lines.filter((l) => !originPattern(l));
    if (bad.length) {
      setNote({ ok: false, text: `${t('settingsPortalsInvalid')} ${bad.join(', ')}` });
      return;
    }
    const patterns = [...new Set(lines.map((l) => originPattern(l)!))];
    // Asked for in the click itself (the prompt needs the gesture); the background registers the
    // detection script when the grant arrives, so nothing here waits on the answer.
    void requestOrigins(patterns);
    void (async () => {
      const before = await readPortals();
      const dropped = before.filter((p) => !patterns.includes(p) && p !== props.serverPattern);
      if (dropped.length) await browser.permissions.remove({ origins: dropped }).catch(() => false);
      await prefs.portals.set(patterns);
      setText(patterns.join('\n'));
      setNote({ ok: true, text: t('settingsPortalsSaved') });
    })();
  };

  return (
    <div class="section">
      <h3>{t('settingsPortals')}</h3>
      <textarea
        data-testid="settings-portals"
        aria-label={t('settingsPortals')}
        rows={3}
        placeholder="https://oa.example.gov.cn/"
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p class="muted">{t('settingsPortalsHint')}</p>
      <div class="actions">
        <button type="button" data-testid="settings-portals-save" onClick={onSave}>
          {t('settingsPortalsSave')}
        </button>
        {note && (
          <span class={note.ok ? 'ok status' : 'error status'} data-testid="settings-portals-note">
            {note.text}
          </span>
        )}
      </div>
    </div>
  );
}
