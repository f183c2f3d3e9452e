import { render } from 'preact';
import { db } from '../../db';
import { useLanguage, useEnrollment } from '../../ui/hooks';
import { Settings } from '../../ui/Settings';
import '../../ui/style.css';

function Options() {
  const enrollment = useEnrollment(db);
  useLanguage();
  return (
    <main style={{ maxWidth: '560px' }}>
      <Settings db={db} enrollment={enrollment} />
    </main>
  );
}

document.documentElement.lang = navigator.language;
render(<Options />, document.getElementById('app')!);
