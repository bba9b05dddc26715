import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { UnitDetail, type UnitLink } from '../api-types.js';
import { ErrorAlert, isForbidden } from '../components/error-alert.js';
import { Link } from '../components/link.js';
import { formatDate, unitLevelLabel, unitTypeLabel } from '../labels.js';
import { useResource } from '../use-resource.js';
import { ForbiddenPage } from './forbidden-page.js';

function LinkedUnits({ title, links }: { title: string; links: UnitLink[] }) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h2>{title}</h2>
      {links.length === 0 ? (
        <p className="muted">{t('units.none')}</p>
      ) : (
        <ul className="unit-links">
          {links.map(({ unit, partial }) => (
            <li key={String(unit.id)}>
              <Link to={`/units/${encodeURIComponent(String(unit.id))}`}>{unit.name}</Link>
              {partial ? <span className="badge">{t('units.partial')}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function UnitDetailPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const detail = useResource(id, (signal) => api(`/units/${encodeURIComponent(id)}`, UnitDetail, { signal }));
  if (isForbidden(detail.error)) return <ForbiddenPage />;
  const date = (value: string | null | undefined) => (value ? formatDate(i18n.language, value) : t('units.openEnded'));
  const unit = detail.data?.unit;
  return (
    <>
      <p>
        <Link to="/units">← {t('units.back')}</Link>
      </p>
      <ErrorAlert error={detail.error} />
      {detail.loading && !unit ? <p role="status">{t('app.loading')}</p> : null}
      {unit && detail.data ? (
        <>
          <section className="card" aria-labelledby="unit-title">
            <h1 id="unit-title">{unit.name}</h1>
            <dl className="facts">
              <dt>{t('units.code')}</dt>
              <dd className="mono">{unit.code}</dd>
              <dt>{t('units.type')}</dt>
              <dd>{unitTypeLabel(t, unit.type)}</dd>
              <dt>{t('units.level')}</dt>
              <dd>{unitLevelLabel(t, unit.level)}</dd>
              <dt>{t('units.validFrom')}</dt>
              <dd>{date(unit.validFrom)}</dd>
              <dt>{t('units.validTo')}</dt>
              <dd>{date(unit.validTo)}</dd>
            </dl>
          </section>
          <LinkedUnits title={t('units.predecessors')} links={detail.data.predecessors} />
          <LinkedUnits title={t('units.successors')} links={detail.data.successors} />
        </>
      ) : null}
    </>
  );
}
