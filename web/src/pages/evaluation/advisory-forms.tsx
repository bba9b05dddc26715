// The provincial advisory group's steps: ask the producer for more evidence (the clock then
// runs on the producer), or send the dossier to a council for scoring.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { CouncilPage, DossierDetail, EVIDENCE_TYPES } from '../../api-evaluation.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { CheckboxField, SelectField, TextAreaField } from '../../components/field.js';
import { formatDate } from '../../labels.js';
import { useAction } from '../../use-action.js';
import { useResource } from '../../use-resource.js';

type Props = { dossier: DossierDetail; onDone(message: string): void };

export function RequestEvidenceForm({ dossier, onDone }: Props) {
  const { t } = useTranslation();
  const [types, setTypes] = useState<readonly string[]>([]);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState('');
  const action = useAction();
  const toggle = (code: string, on: boolean) => setTypes((old) => (on ? [...old, code] : old.filter((item) => item !== code)));
  const send = () => {
    setMissing(reason.trim().length < 3 ? t('review.reasonRequired') : '');
    if (reason.trim().length < 3) return;
    void action.run(async () => {
      await api(`/dossiers/${dossier.id}/request_evidence`, DossierDetail, { method: 'POST', body: { reason: reason.trim(), types } });
      onDone(t('dossierDone.request_evidence'));
    });
  };
  return (
    <form className="card" aria-labelledby="request-title" onSubmit={(event) => event.preventDefault()} noValidate>
      <h2 id="request-title">{t('dossierActions.request_evidence')}</h2>
      <p className="muted">{t('advisory.requestIntro')}</p>
      <ErrorAlert error={action.error} />
      <fieldset className="form-section">
        <legend>{t('advisory.types')}</legend>
        <div className="check-group">
          {EVIDENCE_TYPES.map((code) => (
            <CheckboxField key={code} label={t(`evidenceTypes.${code}`)} checked={types.includes(code)} onChange={(e) => toggle(code, e.target.checked)} />
          ))}
        </div>
      </fieldset>
      <TextAreaField label={t('advisory.whatMissing')} rows={3} value={reason} error={missing} onChange={(e) => setReason(e.target.value)} />
      <button type="button" disabled={action.busy} onClick={send}>
        {t('dossierActions.request_evidence')}
      </button>
    </form>
  );
}

export function SendToCouncilForm({ dossier, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const councils = useResource('councils', (signal) => api('/councils', CouncilPage, { query: { pageSize: 100 }, signal }));
  const [councilId, setCouncilId] = useState('');
  const action = useAction();
  const first = councils.data?.items[0];
  const chosen = councilId === '' && first !== undefined ? String(first.id) : councilId;
  const send = () =>
    action.run(async () => {
      await api(`/dossiers/${dossier.id}/send_to_council`, DossierDetail, { method: 'POST', body: { councilId: Number(chosen) } });
      onDone(t('dossierDone.send_to_council'));
    });
  return (
    <form className="card" aria-labelledby="council-send-title" onSubmit={(event) => event.preventDefault()} noValidate>
      <h2 id="council-send-title">{t('dossierActions.send_to_council')}</h2>
      <ErrorAlert error={action.error ?? councils.error} />
      <SelectField label={t('advisory.council')} name="councilId" value={chosen} onChange={(e) => setCouncilId(e.target.value)}>
        <option value="">{councils.loading ? t('app.loading') : t('common.choose')}</option>
        {councils.data?.items.map((council) => (
          <option key={council.id} value={String(council.id)}>
            {council.name} — {formatDate(i18n.language, council.sessionDate)}
          </option>
        ))}
      </SelectField>
      <button type="button" className="primary" disabled={action.busy || chosen === ''} onClick={() => void send()}>
        {t('dossierActions.send_to_council')}
      </button>
    </form>
  );
}
