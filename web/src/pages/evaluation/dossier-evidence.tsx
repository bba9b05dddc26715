// The dossier's documents: what is still needed, what was uploaded (or carried over from the
// previous dossier), and uploads by type, from a phone's camera or a file. Uploads are open
// while the dossier is with the producer (a draft, or when the province asked for more).
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiNoContent, apiUpload } from '../../api.js';
import { EVIDENCE_TYPES, Evidence, type DossierDetail, type EvidenceGap } from '../../api-evaluation.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { SelectField } from '../../components/field.js';
import { StatusNotice } from '../../components/status-notice.js';
import { UploadButtons } from '../../components/upload-buttons.js';
import { formatNumber } from '../../format.js';
import { formatDate, localText } from '../../labels.js';
import { useAction } from '../../use-action.js';

const ACCEPT = 'application/pdf,image/jpeg,image/png,image/webp';
const MAX_BYTES = 20 * 1024 * 1024;

type Props = { dossier: DossierDetail; canUpload: boolean; onChange(): void };

function NeededList({ gaps, requested }: { gaps: EvidenceGap[]; requested: readonly string[] }) {
  const { t, i18n } = useTranslation();
  if (gaps.length === 0 && requested.length === 0) return <p className="alert alert-ok">{t('evidence.complete')}</p>;
  return (
    <ul className="plain-list" data-testid="evidence-needed">
      {gaps.map((gap) => (
        <li key={gap.type}>
          <strong>{localText(i18n.language, gap.label)}</strong> <span className="badge badge-warn">{t(`evidence.reasons.${gap.reason === 'expired' || gap.reason === 'not_reusable' ? gap.reason : 'missing'}`)}</span>
        </li>
      ))}
      {requested.map((type) => (
        <li key={`requested-${type}`}>
          <strong>{typeLabel(t, type)}</strong> <span className="badge badge-info">{t('evidence.requested')}</span>
        </li>
      ))}
    </ul>
  );
}

function typeLabel(t: TFunction, type: string): string {
  const known = EVIDENCE_TYPES.find((code) => code === type);
  return known === undefined ? type : t(`evidenceTypes.${known}`);
}

function EvidenceList({ items, canDelete, onDelete, busy }: { items: Evidence[]; canDelete: boolean; onDelete(item: Evidence): void; busy: boolean }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('evidence.none')}</p>;
  return (
    <ul className="plain-list" data-testid="evidence-list">
      {items.map((item) => (
        <li key={item.id} data-testid="evidence-item">
          <a href={item.url} download>
            {localText(i18n.language, item.typeLabel)}
          </a>{' '}
          <span className="muted small">
            {t('evidence.meta', { kb: formatNumber(i18n.language, Math.ceil(item.bytes / 1024)), date: formatDate(i18n.language, item.uploadedAt) })}
            {item.reusedFromId === null ? '' : ` · ${t('evidence.reused')}`}
          </span>
          {canDelete && item.reusedFromId === null ? (
            <button type="button" className="small-button" disabled={busy} onClick={() => onDelete(item)}>
              {t('evidence.delete')}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function DossierEvidence({ dossier, canUpload, onChange }: Props) {
  const { t } = useTranslation();
  const needs = [...dossier.evidenceNeeds.stillNeeded, ...dossier.evidenceNeeds.toRefresh];
  const requested = dossier.state === 'evidence_requested' ? (dossier.requestedEvidence?.types ?? []) : [];
  const [type, setType] = useState(() => needs[0]?.type ?? requested[0] ?? '');
  const [notice, setNotice] = useState('');
  const action = useAction();
  const chosen = needs.some((gap) => gap.type === type) || requested.includes(type) || EVIDENCE_TYPES.some((known) => known === type) ? type : '';

  const upload = (file: File) => {
    setNotice('');
    if (file.size > MAX_BYTES) {
      action.setError(new ApiError(413, { title: t('evidence.tooBig') }));
      return;
    }
    void action.run(async () => {
      await apiUpload(`/dossiers/${dossier.id}/evidence`, Evidence, file, { query: { type: chosen } });
      setNotice(t('evidence.uploaded', { type: typeLabel(t, chosen) }));
      const next = needs.find((gap) => gap.type !== chosen)?.type;
      if (next !== undefined) setType(next);
      onChange();
    });
  };
  const remove = (item: Evidence) => {
    if (!window.confirm(t('evidence.confirmDelete'))) return;
    void action.run(async () => {
      await apiNoContent(`/dossiers/${dossier.id}/evidence/${item.id}`, { method: 'DELETE' });
      onChange();
    });
  };
  const message = action.error instanceof ApiError && action.error.status === 413 ? t('evidence.tooBig') : undefined;
  return (
    <section className="card" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('evidence.title')}</h2>
      <h3>{t('evidence.needed')}</h3>
      <NeededList gaps={needs} requested={requested} />
      <h3>{t('evidence.uploadedTitle', { count: dossier.evidence.length })}</h3>
      <EvidenceList items={dossier.evidence} canDelete={canUpload} onDelete={remove} busy={action.busy} />
      {canUpload ? (
        <div className="upload-box">
          <SelectField label={t('evidence.type')} name="evidenceType" value={chosen} onChange={(e) => setType(e.target.value)}>
            <option value="">{t('common.choose')}</option>
            {EVIDENCE_TYPES.map((code) => (
              <option key={code} value={code}>
                {t(`evidenceTypes.${code}`)}
                {needs.some((gap) => gap.type === code) || requested.includes(code) ? ` — ${t('evidence.stillNeeded')}` : ''}
              </option>
            ))}
          </SelectField>
          <UploadButtons busy={action.busy || chosen === ''} accept={ACCEPT} cameraLabel={t('evidence.takePhoto')} fileLabel={t('evidence.chooseFile')} onFile={upload} testId="evidence" />
          <p className="field-hint">{t('evidence.hint')}</p>
        </div>
      ) : null}
      {action.busy ? <p role="status">{t('products.uploading')}</p> : null}
      <StatusNotice message={notice} />
      <ErrorAlert error={action.error} message={message} />
    </section>
  );
}
