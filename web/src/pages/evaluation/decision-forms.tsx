// Province staff record the decision that follows the council's result (number, date, signer),
// and for a 5★ candidate, later, the Ministry's answer.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { DossierDetail } from '../../api-evaluation.js';
import { Choice } from '../../components/choice.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { SelectField, TextAreaField, TextField, missingFields } from '../../components/field.js';
import { localFieldErrors } from '../../components/field-messages.js';
import { localToday, numberOrNull } from '../../format.js';
import { useAction } from '../../use-action.js';

type Props = { dossier: DossierDetail; onDone(message: string): void };
type Signed = { number: string; date: string; signerName: string; signerTitle: string };

const EMPTY: Signed = { number: '', date: localToday(), signerName: '', signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH' };

function decisionBody(d: Signed) {
  const title = d.signerTitle.split('\n').map((line) => line.trim()).filter(Boolean);
  return { number: d.number.trim(), date: d.date, signer: { name: d.signerName.trim(), title } };
}

/** Number, date and signer: the part every decision shares. */
function SignedFields({ value, errors, onChange }: { value: Signed; errors: Record<string, string>; onChange(patch: Partial<Signed>): void }) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <TextField label={t('decision.number')} name="number" placeholder="1234/QĐ-UBND" required value={value.number} error={errors.number} onChange={(e) => onChange({ number: e.target.value })} />
      <TextField label={t('decision.date')} name="date" type="date" required max={localToday()} value={value.date} error={errors.date} onChange={(e) => onChange({ date: e.target.value })} />
      <TextField label={t('decision.signer')} name="signerName" required value={value.signerName} error={errors.signerName ?? errors['signer.name']} onChange={(e) => onChange({ signerName: e.target.value })} />
      <TextAreaField label={t('decision.signerTitle')} hint={t('decision.signerTitleHint')} name="signerTitle" rows={2} value={value.signerTitle} error={errors['signer.title']} onChange={(e) => onChange({ signerTitle: e.target.value })} />
    </div>
  );
}

function useSignedForm() {
  const { t } = useTranslation();
  const [signed, setSigned] = useState<Signed>(EMPTY);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const action = useAction();
  const check = () => {
    const found = missingFields({ number: signed.number, date: signed.date, signerName: signed.signerName }, t('errors.required'));
    setMissing(found);
    return Object.keys(found).length === 0;
  };
  const errors = { ...localFieldErrors(t, action.error), ...missing };
  return { signed, edit: (patch: Partial<Signed>) => setSigned((old) => ({ ...old, ...patch })), check, action, errors };
}

function DecisionCard({ id, title, intro, children, onSubmit }: { id: string; title: string; intro: string; children: ReactNode; onSubmit(): void }) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="card" aria-labelledby={id} onSubmit={submit} noValidate>
      <h2 id={id}>{title}</h2>
      <p className="muted">{intro}</p>
      {children}
    </form>
  );
}

export function RecordDecisionForm({ dossier, onDone }: Props) {
  const { t } = useTranslation();
  const form = useSignedForm();
  const star = dossier.result?.star ?? 0;
  const submit = () => {
    if (!form.check()) return;
    void form.action.run(async () => {
      await api(`/dossiers/${dossier.id}/record_decision`, DossierDetail, { method: 'POST', body: decisionBody(form.signed) });
      onDone(t('dossierDone.record_decision'));
    });
  };
  return (
    <DecisionCard id="decision-title" title={t('decision.title')} intro={t(star >= 5 ? 'decision.introNational' : star >= 3 ? 'decision.introCertificate' : 'decision.introLetter', { star })} onSubmit={submit}>
      <ErrorAlert error={form.action.error} />
      <SignedFields value={form.signed} errors={form.errors} onChange={form.edit} />
      <button type="submit" className="primary" disabled={form.action.busy}>
        {form.action.busy ? t('common.saving') : t('dossierActions.record_decision')}
      </button>
    </DecisionCard>
  );
}

export function NationalResultForm({ dossier, onDone }: Props) {
  const { t } = useTranslation();
  const form = useSignedForm();
  const [recognised, setRecognised] = useState<'yes' | 'no'>('yes');
  const [star, setStar] = useState('4');
  const [total, setTotal] = useState('');
  const submit = () => {
    if (!form.check()) return;
    const outcome = { recognised: recognised === 'yes', total: numberOrNull(total), ...(recognised === 'no' ? { star: Number(star) } : {}) };
    void form.action.run(async () => {
      await api(`/dossiers/${dossier.id}/national-result`, DossierDetail, { method: 'POST', body: { ...decisionBody(form.signed), ...outcome } });
      onDone(t('dossierDone.national'));
    });
  };
  return (
    <DecisionCard id="national-title" title={t('national.title')} intro={t('national.intro')} onSubmit={submit}>
      <ErrorAlert error={form.action.error} />
      <Choice<'yes' | 'no'> legend={t('national.outcome')} name="recognised" value={recognised} options={[['yes', t('national.recognised')], ['no', t('national.returned')]]} onChange={setRecognised} />
      <div className="form-grid">
        <TextField label={t('national.total')} name="total" inputMode="decimal" required value={total} error={form.errors.total} onChange={(e) => setTotal(e.target.value)} />
        {recognised === 'no' ? (
          <SelectField label={t('national.star')} name="star" value={star} error={form.errors.star} onChange={(e) => setStar(e.target.value)}>
            {[4, 3, 2, 1].map((value) => (
              <option key={value} value={String(value)}>
                {t('sheet.starValue', { star: value })}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <SignedFields value={form.signed} errors={form.errors} onChange={form.edit} />
      <button type="submit" className="primary" disabled={form.action.busy}>
        {form.action.busy ? t('common.saving') : t('national.save')}
      </button>
    </DecisionCard>
  );
}
