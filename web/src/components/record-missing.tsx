import { useTranslation } from 'react-i18next';
import { Link } from './link.js';

/**
 * Shown when a record cannot be opened: it does not exist or lies outside the user's scope.
 * The server does not tell the two apart (so ids cannot be probed), and neither does this page.
 */
export function RecordMissing({ backTo, backLabel }: { backTo: string; backLabel: string }) {
  const { t } = useTranslation();
  return (
    <section className="card notice-page" data-testid="not-found">
      <h1>{t('recordMissing.title')}</h1>
      <p>{t('recordMissing.body')}</p>
      <Link to={backTo}>{backLabel}</Link>
    </section>
  );
}
