import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiNoContent } from '../../api.js';
import { type Fair, FairPage } from '../../api-fairs.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { Pager } from '../../components/pager.js';
import { formatDate } from '../../labels.js';
import { useUser } from '../../session.js';
import { useListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';
import { FairForm } from './fair-form.js';

// The fairs and events calendar the office keeps; the public sees it at /catalogue/fairs.

const PAGE_SIZE = 20;

function FairTable({ fairs, canEdit, onEdit, onDelete }: { fairs: Fair[]; canEdit: boolean; onEdit(f: Fair): void; onDelete(f: Fair): void }) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatDate(i18n.language, value);
  return (
    <table className="data-table stack-on-phone">
      <thead>
        <tr>
          <th scope="col">{t('fairs.name')}</th>
          <th scope="col">{t('fairs.dates')}</th>
          <th scope="col">{t('fairs.place')}</th>
          <th scope="col">{t('fairs.products')}</th>
          {canEdit ? <th scope="col">{t('fairs.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {fairs.map((fair) => (
          <tr key={fair.id} data-testid="fair-row">
            <td data-label={t('fairs.name')} className="cell-title">
              <a href={`/catalogue/fairs${i18n.language === 'en' ? '?lang=en' : ''}#fair-${fair.id}`}>{i18n.language === 'en' && fair.nameEn ? fair.nameEn : fair.nameVi}</a>
            </td>
            <td data-label={t('fairs.dates')}>
              {date(fair.startsOn)} – {date(fair.endsOn)}
            </td>
            <td data-label={t('fairs.place')}>{fair.place}</td>
            <td data-label={t('fairs.products')}>{fair.productIds.length}</td>
            {canEdit ? (
              <td data-label={t('fairs.actions')}>
                <button type="button" onClick={() => onEdit(fair)}>{t('fairs.edit')}</button>{' '}
                <button type="button" className="danger" onClick={() => onDelete(fair)}>{t('fairs.delete')}</button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FairsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useListFilters({});
  const [editing, setEditing] = useState<Fair | 'new' | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const query = { page: list.page, pageSize: PAGE_SIZE };
  const fairs = useResource(JSON.stringify(query), (signal) => api('/fairs', FairPage, { query, signal }));
  const canEdit = user.role === 'province_admin' || user.role === 'province_officer';
  const remove = async (fair: Fair) => {
    if (!window.confirm(t('fairs.confirmDelete', { name: fair.nameVi }))) return;
    setError(undefined);
    try {
      await apiNoContent(`/fairs/${fair.id}`, { method: 'DELETE' });
      fairs.reload();
    } catch (reason) {
      setError(reason);
    }
  };
  const done = () => {
    setEditing(null);
    fairs.reload();
  };
  return (
    <section aria-labelledby="fairs-title">
      <div className="page-head">
        <h1 id="fairs-title">{t('fairs.title')}</h1>
        {canEdit && editing === null ? (
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            {t('fairs.create')}
          </button>
        ) : null}
      </div>
      <p className="muted">
        {t('fairs.intro')} <a href="/catalogue/fairs">{t('fairs.publicLink')}</a>
      </p>
      {editing !== null ? <FairForm key={editing === 'new' ? 'new' : editing.id} fair={editing === 'new' ? undefined : editing} onDone={done} /> : null}
      <ErrorAlert error={fairs.error ?? error} />
      {fairs.loading && !fairs.data ? <p role="status">{t('app.loading')}</p> : null}
      {fairs.data ? (
        <>
          {fairs.data.items.length > 0 ? <FairTable fairs={fairs.data.items} canEdit={canEdit} onEdit={setEditing} onDelete={(f) => void remove(f)} /> : <p>{t('fairs.empty')}</p>}
          <Pager page={fairs.data.page} pageSize={PAGE_SIZE} total={fairs.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </section>
  );
}
