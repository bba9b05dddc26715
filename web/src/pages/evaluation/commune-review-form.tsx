// The commune's pre-assessment (Mẫu 03): four contents, each satisfied or not, with a note.
// All four satisfied passes the dossier to the province; any other answer returns it, and the
// contents not satisfied (with their notes) become the reasons the producer reads.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { COMMUNE_ITEMS, DossierDetail, type CommuneItem } from '../../api-evaluation.js';
import { Choice } from '../../components/choice.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { TextAreaField, TextField } from '../../components/field.js';
import { useAction } from '../../use-action.js';

type Finding = { satisfied: '' | 'yes' | 'no'; note: string };
type Props = { dossier: DossierDetail; onDone(message: string): void };

function initial(dossier: DossierDetail): Record<CommuneItem, Finding> {
  const saved = dossier.communeAssessment ?? {};
  const entry = (item: CommuneItem): Finding => {
    const found = saved[item];
    return found === undefined ? { satisfied: '', note: '' } : { satisfied: found.satisfied ? 'yes' : 'no', note: found.note ?? '' };
  };
  return { local_raw_materials: entry('local_raw_materials'), local_labour: entry('local_labour'), idea_origin: entry('idea_origin'), local_identity: entry('local_identity') };
}

function assessmentBody(findings: Record<CommuneItem, Finding>) {
  const entries = COMMUNE_ITEMS.map((item) => {
    const { satisfied, note } = findings[item];
    return [item, { satisfied: satisfied === 'yes', ...(note.trim() === '' ? {} : { note: note.trim() }) }] as const;
  });
  return Object.fromEntries(entries);
}

export function CommuneReviewForm({ dossier, onDone }: Props) {
  const { t } = useTranslation();
  const [findings, setFindings] = useState(() => initial(dossier));
  const [reason, setReason] = useState('');
  const action = useAction();
  const answered = COMMUNE_ITEMS.every((item) => findings[item].satisfied !== '');
  const passed = answered && COMMUNE_ITEMS.every((item) => findings[item].satisfied === 'yes');
  // A return needs a reason: a content not satisfied, or a written one (documents missing, say).
  const canReturn = COMMUNE_ITEMS.some((item) => findings[item].satisfied === 'no') || reason.trim().length >= 3;
  const set = (item: CommuneItem, patch: Partial<Finding>) => setFindings((old) => ({ ...old, [item]: { ...old[item], ...patch } }));
  const send = (step: 'pass_commune_review' | 'return_to_producer') =>
    action.run(async () => {
      const body = { ...(answered ? { assessment: assessmentBody(findings) } : {}), ...(reason.trim() === '' ? {} : { reason: reason.trim() }) };
      await api(`/dossiers/${dossier.id}/${step}`, DossierDetail, { method: 'POST', body });
      onDone(t(`dossierDone.${step}`));
    });
  return (
    <form className="card" aria-labelledby="commune-title" onSubmit={(event) => event.preventDefault()} noValidate>
      <h2 id="commune-title">{t('commune.title')}</h2>
      <p className="muted">{t('commune.intro')}</p>
      <ErrorAlert error={action.error} />
      {COMMUNE_ITEMS.map((item) => (
        <div key={item} className="list-row" data-testid="commune-item">
          <Choice
            legend={t(`commune.items.${item}`)}
            name={`commune-${item}`}
            value={findings[item].satisfied}
            options={[['yes', t('commune.satisfied')], ['no', t('commune.notSatisfied')]]}
            onChange={(satisfied) => set(item, { satisfied })}
          />
          <TextField label={t('commune.note')} value={findings[item].note} onChange={(e) => set(item, { note: e.target.value })} />
        </div>
      ))}
      <TextAreaField label={t('review.reason')} hint={t('commune.reasonHint')} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      <div className="form-actions">
        <button type="button" className="primary" disabled={action.busy || !passed} onClick={() => void send('pass_commune_review')}>
          {t('dossierActions.pass_commune_review')}
        </button>
        <button type="button" disabled={action.busy || !canReturn} onClick={() => void send('return_to_producer')}>
          {t('dossierActions.return_to_producer')}
        </button>
      </div>
      {!answered ? <p className="field-hint">{t('commune.answerAll')}</p> : null}
    </form>
  );
}
