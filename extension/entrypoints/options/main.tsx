import { render } from 'preact';
import { db } from '../../db';
import { useLanguage, useProfile } from '../../ui/hooks';
import { Settings } from '../../ui/Settings';
import '../../ui/style.css';

function Options() {
  const profile = useProfile(db);
  useLanguage();
  return (
    <main style={{ maxWidth: '560px' }}>
      <Settings db={db} profile={profile} />
    </main>
  );
}

document.documentElement.lang = navigator.language;
render(<Options />, document.getElementById('app')!);
