import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { FUNDING_SOURCES, SUPPORT_KINDS, SupportPage as SupportPageSchema, type Support } from '../../api-cycle.js';
import { ErrorAlert, isForbidden } from '../../components/error-alert.js';
import { SelectField } from '../../components/field.js';
import { Pager } from '../../components/pager.js';
import { formatVnd } from '../../format.js';
import { formatDate } from '../../labels.js';
import { useUser } from '../../session.js';
import { useListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
import { SupportForm } from './support-form.js';
import { SupportSummaryCard } from './support-summary.js';

const PAGE_SIZE = 20;
const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => String(THIS_YEAR + 1 - i));

function SupportTable({ items }: { items: Support[] }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="data-table stack-on-phone">
      <thead>
        <tr>
          <th scope="col">{t('support.date')}</th>
          <th scope="col">{t('ideas.producer')}</th>
          <th scope="col">{t('support.kind')}</th>
          <th scope="col">{t('support.description')}</th>
          <th scope="col">{t('support.amount')}</th>
          <th scope="col">{t('support.source')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-testid="support-row">
            <td data-label={t('support.date')}>{formatDate(i18n.language, item.date)}</td>
            <td data-label={t('ideas.producer')}>{item.producerName}</td>
            <td data-label={t('support.kind')}>{t(`supportKinds.${item.kind}`)}</td>
            <td data-label={t('support.description')}>{item.description}</td>
            <td data-label={t('support.amount')}>{formatVnd(i18n.language, item.costVnd)}</td>
            <td data-label={t('support.source')}>{t(`fundingSources.${item.fundingSource}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SupportPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useListFilters({ year: String(THIS_YEAR), kind: '', source: '' });
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');
  const [generation, setGeneration] = useState(0);
  const query = { ...list.filters, page: list.page, pageSize: PAGE_SIZE };
  // `generation` reloads the list (and the summary) after a new record.
  const support = useResource(JSON.stringify({ ...query, generation }), (signal) => api('/support', SupportPageSchema, { query, signal }));
  if (isForbidden(support.error)) return <ForbiddenPage />;
  const canRecord = user.role !== 'producer_member';
  const toggle = () => {
    setNotice('');
    setCreating(!creating);
  };
  const saved = () => {
    setCreating(false);
    setNotice(t('support.saved'));
    setGeneration((value) => value + 1);
  };
  return (
    <section aria-labelledby="support-title">
      <div className="page-head">
        <h1 id="support-title">{t('support.title')}</h1>
        {canRecord ? (
          <button type="button" className="primary" aria-expanded={creating} onClick={toggle}>
            {t('support.create')}
          </button>
        ) : null}
      </div>
      <p role="status" className={notice ? 'alert alert-ok' : 'visually-hidden'}>
        {notice}
      </p>
      {creating ? <SupportForm onSaved={saved} onCancel={() => setCreating(false)} /> : null}
      <div className="filters card filter-grid">
        <SelectField label={t('support.year')} value={list.filters.year} onChange={(e) => list.change({ year: e.target.value })}>
          {YEARS.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('support.kind')} value={list.filters.kind} onChange={(e) => list.change({ kind: e.target.value })}>
          <option value="">{t('support.allKinds')}</option>
          {SUPPORT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`supportKinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('support.source')} value={list.filters.source} onChange={(e) => list.change({ source: e.target.value })}>
          <option value="">{t('support.allSources')}</option>
          {FUNDING_SOURCES.map((source) => (
            <option key={source} value={source}>
              {t(`fundingSources.${source}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <SupportSummaryCard year={list.filters.year} generation={generation} />
      <ErrorAlert error={support.error} />
      {support.data ? (
        <>
          <p className="muted">{t('common.total', { count: support.data.total })}</p>
          {support.data.items.length > 0 ? <SupportTable items={support.data.items} /> : <p>{t('support.empty')}</p>}
          <Pager page={support.data.page} pageSize={PAGE_SIZE} total={support.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </section>
  );
}
