import { render } from 'preact';
import { db } from '../../db';
import { useLanguage, useEnrollment } from '../../ui/hooks';
import { t } from '../../ui/i18n';
import { Settings } from '../../ui/Settings';
import '../../ui/style.css';

function Options() {
  const enrollment = useEnrollment(db);
  useLanguage();
  return (
    <main style={{ maxWidth: '560px' }}>
      <h1 class="visually-hidden">{t('extName')}</h1>
      <h2 class="visually-hidden">{t('tabSettings')}</h2>
      <Settings db={db} enrollment={enrollment} />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
