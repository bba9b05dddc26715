// A council member's worklist (a tablet at the session): the dossiers before their council, with
// where their own score stands on each. Province staff see every council's.
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { DossierPage, Scores, type Dossier } from '../../api-evaluation.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { Choice } from '../../components/choice.js';
import { Link } from '../../components/link.js';
import { DossierStateBadge } from '../../components/status-badges.js';
import { useListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';

function MyScore({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const scores = useResource(`scores:${dossier.id}`, (signal) => api(`/dossiers/${dossier.id}/scores`, Scores, { signal }));
  const data = scores.data;
  if (data === undefined) return <span className="muted">{scores.error ? '—' : t('app.loading')}</span>;
  const progress = t('tally.progress', { scored: data.scored, expected: data.expected });
  if (data.own === null) {
    const badge = data.visibility === 'own_only' ? <span className="badge badge-info">{t('council.toScore')}</span> : null;
    return (
      <span>
        {badge} <span className="muted small">{progress}</span>
      </span>
    );
  }
  return (
    <span>
      <span className={data.own.mayRescore ? 'badge badge-bad' : 'badge badge-ok'}>{data.own.mayRescore ? t('council.rescore') : t('council.scored', { total: data.own.total })}</span>{' '}
      <span className="muted small">{progress}</span>
    </span>
  );
}

export function CouncilPage() {
  const { t } = useTranslation();
  const list = useListFilters({ state: 'council_scoring' });
  const query = { state: list.filters.state, pageSize: 100 };
  const dossiers = useResource(JSON.stringify(query), (signal) => api('/dossiers', DossierPage, { query, signal }));
  return (
    <section aria-labelledby="council-title">
      <h1 id="council-title">{t('council.title')}</h1>
      <p className="muted">{t('council.intro')}</p>
      <Choice
        legend={t('council.show')}
        name="council-state"
        value={list.filters.state === 'scored' ? 'scored' : 'council_scoring'}
        options={[['council_scoring', t('council.open')], ['scored', t('council.closed')]]}
        onChange={(state) => list.change({ state })}
      />
      <ErrorAlert error={dossiers.error} />
      {dossiers.loading && !dossiers.data ? <p role="status">{t('app.loading')}</p> : null}
      {dossiers.data && dossiers.data.items.length === 0 ? <p>{t('council.empty')}</p> : null}
      {dossiers.data && dossiers.data.items.length > 0 ? (
        <table className="data-table stack-on-phone">
          <thead>
            <tr>
              <th scope="col">{t('dossiers.product')}</th>
              <th scope="col">{t('dossiers.producer')}</th>
              <th scope="col">{t('dossiers.state')}</th>
              <th scope="col">{t('council.myScore')}</th>
            </tr>
          </thead>
          <tbody>
            {dossiers.data.items.map((dossier) => (
              <tr key={dossier.id} data-testid="council-row">
                <td data-label={t('dossiers.product')} className="cell-title">
                  <Link to={`/dossiers/${dossier.id}`}>{dossier.productName}</Link>
                  <br />
                  <span className="muted small">{t(`dossierKinds.${dossier.kind}`)}</span>
                </td>
                <td data-label={t('dossiers.producer')}>{dossier.producerName}</td>
                <td data-label={t('dossiers.state')}>
                  <DossierStateBadge state={dossier.state} />
                </td>
                <td data-label={t('council.myScore')}>
                  <MyScore dossier={dossier} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
