import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { AuditPage as AuditPageSchema, type AuditEntry } from '../api-types.js';
import { ErrorAlert, isForbidden } from '../components/error-alert.js';
import { Pager } from '../components/pager.js';
import { formatDate } from '../labels.js';
import { useResource } from '../use-resource.js';
import { AuditChanges } from './audit-changes.js';
import { AuditFilters, NO_AUDIT_FILTERS, type AuditFilterValues } from './audit-filters.js';
import { ForbiddenPage } from './forbidden-page.js';

const PAGE_SIZE = 20;

/** The API's `to` is exclusive, while "to 5/3" means "through 5/3" to a reader: send the next day. */
function dayAfter(date: string): string {
  if (date === '') return '';
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const hasId = entry.entityId !== null && entry.entityId !== undefined;
  const entity = hasId ? `${entry.entity} #${entry.entityId}` : entry.entity;
  return (
    <tr data-testid="audit-entry">
      <td data-label={t('audit.at')}>
        <time dateTime={entry.at}>{formatDate(i18n.language, entry.at, true)}</time>
      </td>
      <td data-label={t('audit.actor')}>{entry.actorUsername ?? t('audit.system')}</td>
      <td data-label={t('audit.action')} className="mono">
        {entry.action}
      </td>
      <td data-label={t('audit.entity')}>{entity}</td>
      <td data-label={t('audit.changes')} className="cell-wide">
        <AuditChanges entry={entry} />
      </td>
    </tr>
  );
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  return (
    <table className="data-table stack-on-phone">
      <thead>
        <tr>
          <th scope="col">{t('audit.at')}</th>
          <th scope="col">{t('audit.actor')}</th>
          <th scope="col">{t('audit.action')}</th>
          <th scope="col">{t('audit.entity')}</th>
          <th scope="col">{t('audit.changes')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <AuditRow key={String(entry.id)} entry={entry} />
        ))}
      </tbody>
    </table>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilterValues>(NO_AUDIT_FILTERS);
  const [page, setPage] = useState(1);
  const query = { ...filters, to: dayAfter(filters.to), page, pageSize: PAGE_SIZE };
  const audit = useResource(JSON.stringify(query), (signal) => api('/audit', AuditPageSchema, { query, signal }));

  if (isForbidden(audit.error)) return <ForbiddenPage />;
  const apply = (values: AuditFilterValues) => {
    setFilters(values);
    setPage(1);
  };
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <AuditFilters initial={filters} onApply={apply} />
      <ErrorAlert error={audit.error} />
      {audit.loading && !audit.data ? <p role="status">{t('app.loading')}</p> : null}
      {audit.data ? (
        <>
          <p className="muted">{t('common.total', { count: audit.data.total })}</p>
          {audit.data.items.length > 0 ? <AuditTable entries={audit.data.items} /> : <p>{t('audit.empty')}</p>}
          <Pager page={audit.data.page} pageSize={audit.data.pageSize} total={audit.data.total} onPage={setPage} />
        </>
      ) : null}
    </section>
  );
}
