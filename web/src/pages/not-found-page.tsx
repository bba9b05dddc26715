import { useTranslation } from 'react-i18next';
import { Link } from '../components/link.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="card notice-page" data-testid="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </section>
  );
}
