import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { ROUND_DATE_FIELDS, Round } from '../../api-cycle.js';
import { ErrorAlert, isNotFound } from '../../components/error-alert.js';
import { Link } from '../../components/link.js';
import { RecordMissing } from '../../components/record-missing.js';
import { formatDate } from '../../labels.js';
import { useUser } from '../../session.js';
import { useResource } from '../../use-resource.js';
import { RoundStepBadge } from './rounds-page.js';

export function RoundDetailPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const round = useResource(`round:${id}`, (signal) => api(`/rounds/${encodeURIComponent(id)}`, Round, { signal }));
  if (isNotFound(round.error)) return <RecordMissing backTo="/rounds" backLabel={t('rounds.back')} />;
  const record = round.data;
  const canEdit = user.role === 'province_admin' || user.role === 'province_officer';
  return (
    <>
      <p>
        <Link to="/rounds">← {t('rounds.back')}</Link>
      </p>
      <ErrorAlert error={round.error} />
      {round.loading && !record ? <p role="status">{t('app.loading')}</p> : null}
      {record ? (
        <section className="card" aria-labelledby="round-title">
          <div className="page-head">
            <div>
              <h1 id="round-title">{record.name}</h1>
              <p>
                {t('rounds.yearValue', { year: record.year })} <RoundStepBadge step={record.step} />
              </p>
            </div>
            {canEdit ? (
              <Link to={`/rounds/${record.id}/edit`} className="button-link primary">
                {t('common.edit')}
              </Link>
            ) : null}
          </div>
          <ol className="timeline">
            {ROUND_DATE_FIELDS.map((field) => {
              const value = record[field];
              return (
                <li key={field} className={value ? undefined : 'muted'}>
                  <span>{t(`rounds.dates.${field}`)}</span>
                  <strong>{value ? formatDate(i18n.language, value) : t('rounds.notSet')}</strong>
                </li>
              );
            })}
          </ol>
          {record.notes ? <p className="prose">{record.notes}</p> : null}
        </section>
      ) : null}
    </>
  );
}
