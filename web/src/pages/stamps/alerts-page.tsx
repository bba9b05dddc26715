// The counterfeit alert inbox: signals from the scan log (a code scanned in too many places, a
// PIN entered twice, serials guessed in bulk), counted per status so open ones stand out.
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { ALERT_STATUSES, AlertPage, SIGNAL_KINDS, type Alert, type AlertStatus } from '../../api-stamps.js';
import { ErrorAlert, isForbidden } from '../../components/error-alert.js';
import { SelectField } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { Pager } from '../../components/pager.js';
import { AlertStatusBadge } from '../../components/status-badges.js';
import { formatDate, localText } from '../../labels.js';
import { useUser } from '../../session.js';
import { useListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
import { StampTabs } from './stamps-shared.js';

const PAGE_SIZE = 20;
const TABS: readonly ('' | AlertStatus)[] = ['', ...ALERT_STATUSES];

/** How many alerts are in each status (one small request per status: the list API has no counts). */
function useStatusCounts(kind: string) {
  return useResource(`alert-counts:${kind}`, async (signal) => {
    const counts = await Promise.all(ALERT_STATUSES.map((status) => api('/alerts', AlertPage, { query: { status, kind, pageSize: 1 }, signal })));
    return new Map(ALERT_STATUSES.map((status, index) => [status, counts[index]?.total ?? 0]));
  });
}

function StatusTabs({ value, counts, onChange }: { value: string; counts: Map<AlertStatus, number> | undefined; onChange(status: string): void }) {
  const { t } = useTranslation();
  return (
    <div className="status-tabs" role="group" aria-label={t('alerts.status')}>
      {TABS.map((status) => (
        <button key={status || 'all'} type="button" aria-pressed={value === status} onClick={() => onChange(status)} data-testid={`alert-tab-${status || 'all'}`}>
          {status === '' ? t('alerts.all') : t(`alertStatus.${status}`)}
          {status === '' ? null : <span className="count">{counts?.get(status) ?? '…'}</span>}
        </button>
      ))}
    </div>
  );
}

function AlertCard({ alert }: { alert: Alert }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <li className={`card alert-card severity-${alert.severity}`} data-testid="alert-row">
      <p className="badges">
        <span className={`badge ${alert.severity === 'high' ? 'badge-bad' : alert.severity === 'medium' ? 'badge-warn' : 'badge-info'}`}>{t(`severities.${alert.severity}`)}</span>
        <AlertStatusBadge status={alert.status} />
        <span className="badge">{t('alerts.count', { count: alert.count })}</span>
      </p>
      <Link to={`/stamps/alerts/${alert.id}`} className="product-card-title">
        {t(`signalKinds.${alert.kind}`)}
      </Link>
      <p>{localText(lang, alert.explanation)}</p>
      <p className="muted small">{t('alerts.seen', { first: formatDate(lang, alert.firstSeen, true), last: formatDate(lang, alert.lastSeen, true) })}</p>
    </li>
  );
}

export function AlertsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useListFilters({ status: 'open', kind: '' });
  const query = { ...list.filters, page: list.page, pageSize: PAGE_SIZE };
  const alerts = useResource(JSON.stringify(query), (signal) => api('/alerts', AlertPage, { query, signal }));
  const counts = useStatusCounts(list.filters.kind);
  if (isForbidden(alerts.error)) return <ForbiddenPage />;
  return (
    <section aria-labelledby="alerts-title">
      {user.role === 'commune_officer' ? null : <StampTabs current="alerts" />}
      <h1 id="alerts-title">{t('alerts.title')}</h1>
      <p className="muted">{t('alerts.intro')}</p>
      <StatusTabs value={list.filters.status} counts={counts.data} onChange={(status) => list.change({ status })} />
      <div className="filters card filter-grid">
        <SelectField label={t('alerts.kind')} value={list.filters.kind} onChange={(e) => list.change({ kind: e.target.value })}>
          <option value="">{t('alerts.allKinds')}</option>
          {SIGNAL_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`signalKinds.${kind}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorAlert error={alerts.error} />
      {alerts.loading && !alerts.data ? <p role="status">{t('app.loading')}</p> : null}
      {alerts.data ? (
        <>
          {alerts.data.items.length === 0 ? <p className="alert alert-ok">{t('alerts.empty')}</p> : null}
          <ul className="product-list">
            {alerts.data.items.map((alert) => (
              <AlertCard key={alert.id} alert={alert} />
            ))}
          </ul>
          <Pager page={alerts.data.page} pageSize={PAGE_SIZE} total={alerts.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </section>
  );
}
