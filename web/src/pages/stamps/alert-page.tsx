import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { Alert } from '../../api-stamps.js';
import { ErrorAlert, isNotFound } from '../../components/error-alert.js';
import { TextAreaField } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { RecordMissing } from '../../components/record-missing.js';
import { AlertStatusBadge } from '../../components/status-badges.js';
import { StatusNotice } from '../../components/status-notice.js';
import { formatDate, localText } from '../../labels.js';
import { useAction } from '../../use-action.js';
import { useResource } from '../../use-resource.js';

/** Acknowledge (someone is looking into it; a note is optional) or close (a note saying what was done). */
function SettleForm({ alert, onDone }: { alert: Alert; onDone(message: string): void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState('');
  const action = useAction();
  const settle = (step: 'acknowledge' | 'close') => {
    const text = note.trim();
    setMissing(step === 'close' && text === '' ? t('alerts.noteRequired') : '');
    if (step === 'close' && text === '') return;
    void action.run(async () => {
      await api(`/alerts/${alert.id}/${step}`, Alert, { method: 'POST', body: text === '' ? {} : { note: text } });
      setNote('');
      onDone(t(`alerts.done.${step}`));
    });
  };
  return (
    <form className="card" aria-labelledby="settle-title" onSubmit={(event) => event.preventDefault()} noValidate>
      <h2 id="settle-title">{t('review.title')}</h2>
      <ErrorAlert error={action.error} />
      <TextAreaField label={t('alerts.note')} hint={t('alerts.noteHint')} rows={3} value={note} error={missing} onChange={(e) => setNote(e.target.value)} />
      <div className="form-actions">
        {alert.status === 'open' ? (
          <button type="button" disabled={action.busy} onClick={() => settle('acknowledge')}>
            {t('alerts.acknowledge')}
          </button>
        ) : null}
        <button type="button" className="primary" disabled={action.busy} onClick={() => settle('close')}>
          {t('alerts.close')}
        </button>
      </div>
    </form>
  );
}

export function AlertPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [notice, setNotice] = useState('');
  const alert = useResource(`alert:${id}`, (signal) => api(`/alerts/${encodeURIComponent(id)}`, Alert, { signal }));
  if (isNotFound(alert.error)) return <RecordMissing backTo="/stamps/alerts" backLabel={t('alerts.back')} />;
  const record = alert.data;
  const lang = i18n.language;
  const date = (value: string | null) => (value === null ? '—' : formatDate(lang, value, true));
  return (
    <>
      <p>
        <Link to="/stamps/alerts">← {t('alerts.back')}</Link>
      </p>
      <ErrorAlert error={alert.error} />
      <StatusNotice message={notice} />
      {record ? (
        <>
          <section className="card" aria-labelledby="alert-title">
            <p className="eyebrow">{t(`severities.${record.severity}`)}</p>
            <h1 id="alert-title">{t(`signalKinds.${record.kind}`)}</h1>
            <AlertStatusBadge status={record.status} />
            <p>{localText(lang, record.explanation)}</p>
            <dl className="facts facts-wrap">
              <dt>{t('alerts.signals')}</dt>
              <dd>{record.count}</dd>
              <dt>{t('alerts.firstSeen')}</dt>
              <dd>{date(record.firstSeen)}</dd>
              <dt>{t('alerts.lastSeen')}</dt>
              <dd>{date(record.lastSeen)}</dd>
              <dt>{t('alerts.acknowledgedAt')}</dt>
              <dd>{date(record.acknowledgedAt)}</dd>
              <dt>{t('alerts.closedAt')}</dt>
              <dd>{date(record.closedAt)}</dd>
              {record.note ? (
                <>
                  <dt>{t('alerts.note')}</dt>
                  <dd className="prose">{record.note}</dd>
                </>
              ) : null}
            </dl>
          </section>
          {record.status === 'closed' ? null : (
            <SettleForm
              alert={record}
              onDone={(message) => {
                setNotice(message);
                alert.reload();
              }}
            />
          )}
        </>
      ) : null}
    </>
  );
}
