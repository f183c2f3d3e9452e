import { useEffect, useState } from 'preact/hooks';
import { PROFILES } from '../../shared/extract/profiles/index';
import { formatProfileLines, parseProfileLines, readProfilePatterns } from '../page/profile-patterns';
import { prefs } from '../store';
import { t } from './i18n';

/** An admin's extra URL patterns for the extractor's site profiles (intranet and VPN hosts). */
export function ProfilePatternsSettings() {
  const [text, setText] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    void readProfilePatterns().then((p) => setText((cur) => cur || formatProfileLines(p)));
  }, []);

  const onSave = async () => {
    const { patterns, bad } = parseProfileLines(text);
    const known = new Set(PROFILES.map((p) => p.id));
    const unknown = Object.keys(patterns).filter((id) => !known.has(id));
    if (bad.length || unknown.length) {
      setNote({ ok: false, text: `${t('settingsProfilesInvalid')} ${[...bad, ...unknown].join(', ')}` });
      return;
    }
    await prefs.profilePatterns.set(patterns);
    setText(formatProfileLines(patterns));
    setNote({ ok: true, text: t('settingsProfilesSaved') });
  };

  return (
    <div class="section">
      <h3>{t('settingsProfiles')}</h3>
      <textarea
        data-testid="settings-profiles"
        aria-label={t('settingsProfiles')}
        rows={3}
        placeholder="oa-reading http://10.1.2.3/gw/*"
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p class="muted">
        {t('settingsProfilesHint')} {PROFILES.map((p) => p.id).join(', ')}
      </p>
      <div class="actions">
        <button type="button" data-testid="settings-profiles-save" onClick={() => void onSave()}>
          {t('settingsProfilesSave')}
        </button>
        {note && (
          <span class={note.ok ? 'ok status' : 'error status'} data-testid="settings-profiles-note">
            {note.text}
          </span>
        )}
      </div>
    </div>
  );
}
