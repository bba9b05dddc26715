import { useTranslation } from 'react-i18next';
import { apiHref, type Query } from '../api.js';

/**
 * Plain download links to the export endpoints with the list's current filters: the browser
 * sends the session cookie itself and saves the file under the server's name.
 */
export function ExportLinks({ path, query }: { path: '/producers' | '/products'; query: Query }) {
  const { t } = useTranslation();
  return (
    <div className="export-links" role="group" aria-label={t('export.label')}>
      <a className="button-link" href={apiHref(`${path}.xlsx`, query)} download>
        {t('export.xlsx')}
      </a>
      <a className="button-link" href={apiHref(`${path}.csv`, query)} download>
        {t('export.csv')}
      </a>
    </div>
  );
}
