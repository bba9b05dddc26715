import { useTranslation } from 'react-i18next';
import { Link } from '../components/link.js';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <section className="card notice-page" data-testid="forbidden">
      <h1>{t('forbidden.title')}</h1>
      <p>{t('forbidden.body')}</p>
      <Link to="/">{t('forbidden.home')}</Link>
    </section>
  );
}
