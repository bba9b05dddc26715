import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { FUNDING_SOURCES, SUPPORT_KINDS, Support } from '../../api-cycle.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { SelectField, TextAreaField, TextField, missingFields } from '../../components/field.js';
import { localFieldErrors } from '../../components/field-messages.js';
import { ProducerPicker } from '../../components/producer-picker.js';
import { localToday, numberOrNull } from '../../format.js';
import { RoundSelect } from '../ideas/cycle-shared.js';

const EMPTY = { producerId: '', roundId: '', kind: '', date: localToday(), description: '', costVnd: '', fundingSource: '' };
type Draft = typeof EMPTY;

export function SupportForm({ onSaved, onCancel }: { onSaved(support: Support): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const { roundId, ...required } = draft;
    const problems = missingFields(required, t('errors.required'));
    setMissing(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    const body = { ...required, producerId: Number(draft.producerId), roundId: roundId === '' ? null : Number(roundId), costVnd: numberOrNull(draft.costVnd, true) };
    try {
      onSaved(await api('/support', Support, { method: 'POST', body }));
      setDraft(EMPTY);
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };
  const errors = { ...localFieldErrors(t, error), ...missing };
  const set = (patch: Partial<Draft>) => setDraft((old) => ({ ...old, ...patch }));
  const bind = (key: keyof Draft) => ({ name: key, value: draft[key], error: errors[key], onChange: (e: { target: { value: string } }) => set({ [key]: e.target.value }) });
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-label={t('support.createTitle')}>
      <h2>{t('support.createTitle')}</h2>
      <ErrorAlert error={error} />
      <ProducerPicker label={t('ideas.producer')} value={draft.producerId} error={errors.producerId} onChange={(producerId) => set({ producerId })} />
      <div className="form-grid">
        <SelectField label={t('support.kind')} required {...bind('kind')}>
          <option value="">{t('common.choose')}</option>
          {SUPPORT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`supportKinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('support.date')} type="date" required {...bind('date')} />
        <TextField label={t('support.costLabel')} inputMode="numeric" required {...bind('costVnd')} />
        <SelectField label={t('support.source')} required {...bind('fundingSource')}>
          <option value="">{t('common.choose')}</option>
          {FUNDING_SOURCES.map((source) => (
            <option key={source} value={source}>
              {t(`fundingSources.${source}`)}
            </option>
          ))}
        </SelectField>
        <RoundSelect label={t('support.round')} emptyLabel={t('support.noRound')} {...bind('roundId')} />
      </div>
      <TextAreaField label={t('support.description')} required rows={3} {...bind('description')} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
