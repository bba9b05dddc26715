import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { OcopCertificate, REVOCATION_REASONS, type RevocationReason } from '../../api-evaluation.js';
import { StarBadge } from '../../components/badges.js';
import { ErrorAlert, isNotFound } from '../../components/error-alert.js';
import { SelectField, TextAreaField, TextField } from '../../components/field.js';
import { localFieldErrors } from '../../components/field-messages.js';
import { Link } from '../../components/link.js';
import { RecordMissing } from '../../components/record-missing.js';
import { CertificateStatusBadge } from '../../components/status-badges.js';
import { StatusNotice } from '../../components/status-notice.js';
import { formatNumber, localToday } from '../../format.js';
import { formatDate, localText } from '../../labels.js';
import { useUser } from '../../session.js';
import { useAction } from '../../use-action.js';
import { useResource } from '../../use-resource.js';

function CertificateFacts({ certificate }: { certificate: OcopCertificate }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <dl className="facts facts-wrap" data-testid="certificate-facts">
      <dt>{t('dossiers.product')}</dt>
      <dd>
        <Link to={`/products/${certificate.productId}`}>{certificate.productName}</Link>
      </dd>
      <dt>{t('dossiers.producer')}</dt>
      <dd>
        {certificate.producerName}
        {certificate.unitName ? ` · ${certificate.unitName}` : ''}
      </dd>
      <dt>{t('certificates.score')}</dt>
      <dd>{formatNumber(lang, certificate.totalScore)}</dd>
      <dt>{t('certificates.validity')}</dt>
      <dd>{t('products.validRange', { from: formatDate(lang, certificate.issuedOn), to: formatDate(lang, certificate.expiresOn) })}</dd>
      <dt>{t('certificates.decision')}</dt>
      <dd>{t('certificates.decisionValue', { number: certificate.decision.number, date: formatDate(lang, certificate.decision.date), authority: localText(lang, certificate.decision.authorityLabel) })}</dd>
      <dt>{t('dossiers.criteria')}</dt>
      <dd>{certificate.legalVersion}</dd>
      {certificate.dossierId !== null ? (
        <>
          <dt>{t('certificates.dossier')}</dt>
          <dd>
            <Link to={`/dossiers/${certificate.dossierId}`}>{t('dossiers.one', { id: certificate.dossierId })}</Link>
          </dd>
        </>
      ) : null}
      {certificate.revocation ? (
        <>
          <dt>{t('certificates.revokedOn')}</dt>
          <dd>
            {formatDate(lang, certificate.revocation.on)} · {certificate.status.reasonLabel ? localText(lang, certificate.status.reasonLabel) : certificate.revocation.reason}
            {certificate.revocation.note ? <span className="prose muted small"> — {certificate.revocation.note}</span> : null}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function RevokeForm({ certificate, onDone }: { certificate: OcopCertificate; onDone(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<RevocationReason>('failed_post_audit');
  const [note, setNote] = useState('');
  const [day, setDay] = useState(localToday());
  const [missing, setMissing] = useState('');
  const action = useAction();
  const revoke = () => {
    setMissing(note.trim().length < 3 ? t('review.reasonRequired') : '');
    if (note.trim().length < 3 || !window.confirm(t('certificates.confirmRevoke', { number: certificate.number }))) return;
    void action.run(async () => {
      await api(`/certificates/${certificate.id}/revoke`, OcopCertificate, { method: 'POST', body: { reason, note: note.trim(), revokedOn: day } });
      onDone();
    });
  };
  const errors = localFieldErrors(t, action.error);
  return (
    <form className="card" aria-labelledby="revoke-title" onSubmit={(event) => event.preventDefault()} noValidate>
      <h2 id="revoke-title">{t('certificates.revoke')}</h2>
      <ErrorAlert error={action.error} />
      <SelectField label={t('certificates.revokeReason')} value={reason} onChange={(e) => setReason(REVOCATION_REASONS.find((r) => r === e.target.value) ?? 'other')}>
        {REVOCATION_REASONS.map((code) => (
          <option key={code} value={code}>
            {t(`revocationReasons.${code}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t('certificates.revokeNote')} hint={t('certificates.revokeNoteHint')} rows={3} value={note} error={missing || errors.note} onChange={(e) => setNote(e.target.value)} />
      <TextField label={t('certificates.revokedOn')} type="date" max={localToday()} value={day} error={errors.revokedOn} onChange={(e) => setDay(e.target.value)} />
      <button type="button" disabled={action.busy} onClick={revoke}>
        {t('certificates.revoke')}
      </button>
    </form>
  );
}

export function CertificatePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const [notice, setNotice] = useState('');
  const certificate = useResource(`certificate:${id}`, (signal) => api(`/certificates/${encodeURIComponent(id)}`, OcopCertificate, { signal }));
  if (isNotFound(certificate.error)) return <RecordMissing backTo="/certificates" backLabel={t('certificates.back')} />;
  const record = certificate.data;
  const province = user.role === 'province_admin' || user.role === 'province_officer';
  const revocable = record !== undefined && record.revocation === null && record.supersededBy === null;
  return (
    <>
      <p>
        <Link to="/certificates">← {t('certificates.back')}</Link>
      </p>
      <ErrorAlert error={certificate.error} />
      <StatusNotice message={notice} />
      {certificate.loading && !record ? <p role="status">{t('app.loading')}</p> : null}
      {record ? (
        <>
          <section className="card" aria-labelledby="certificate-title">
            <p className="eyebrow">{t('certificates.one')}</p>
            <h1 id="certificate-title" className="mono">
              {record.number}
            </h1>
            <p className="badges">
              <StarBadge star={record.star} />
              <CertificateStatusBadge status={record.status.code} />
            </p>
            <CertificateFacts certificate={record} />
            <div className="form-actions">
              <a className="button-link primary" href={record.pdfUrl} data-testid="certificate-pdf">
                {t('certificates.pdf')}
              </a>
              <a className="button-link" href={`/certificates/${encodeURIComponent(record.number)}`} target="_blank" rel="noopener" data-testid="certificate-public">
                {t('certificates.public')}
              </a>
            </div>
          </section>
          {province && revocable ? (
            <RevokeForm
              certificate={record}
              onDone={() => {
                setNotice(t('certificates.revoked'));
                certificate.reload();
              }}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
