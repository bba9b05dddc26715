import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { REQUIRED_ROUND_DATES, ROUND_DATE_FIELDS, Round, type RoundDateField } from '../../api-cycle.js';
import { ErrorAlert, isNotFound } from '../../components/error-alert.js';
import { TextAreaField, TextField, missingFields } from '../../components/field.js';
import { localFieldErrors } from '../../components/field-messages.js';
import { RecordMissing } from '../../components/record-missing.js';
import { numberOrNull, textOf, textOrNull } from '../../format.js';
import { changedFields } from '../../patch.js';
import { navigate } from '../../router.js';
import { useResource } from '../../use-resource.js';

type Draft = { name: string; year: string; notes: string; dates: Record<RoundDateField, string> };

function draftOf(round: Round | undefined): Draft {
  const dates: Record<RoundDateField, string> = {
    promotionFrom: textOf(round?.promotionFrom),
    ideaFrom: textOf(round?.ideaFrom),
    ideaTo: textOf(round?.ideaTo),
    planDeadline: textOf(round?.planDeadline),
    evaluationFrom: textOf(round?.evaluationFrom),
    evaluationTo: textOf(round?.evaluationTo),
    councilDate: textOf(round?.councilDate),
    tradePromotionFrom: textOf(round?.tradePromotionFrom),
  };
  return { name: round?.name ?? '', year: String(round?.year ?? new Date().getFullYear()), notes: textOf(round?.notes), dates };
}

function bodyOf(draft: Draft): Record<string, unknown> {
  const body: Record<string, unknown> = { name: draft.name.trim(), year: numberOrNull(draft.year, true), notes: textOrNull(draft.notes) };
  for (const field of ROUND_DATE_FIELDS) body[field] = textOrNull(draft.dates[field]);
  return body;
}

async function save(round: Round | undefined, draft: Draft): Promise<Round | null> {
  if (round === undefined) return api('/rounds', Round, { method: 'POST', body: bodyOf(draft) });
  const patch = changedFields(bodyOf(draftOf(round)), bodyOf(draft));
  if (Object.keys(patch).length === 0) return null;
  return api(`/rounds/${round.id}`, Round, { method: 'PATCH', body: patch });
}

function RoundForm({ round }: { round: Round | undefined }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(round));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const back = round ? `/rounds/${round.id}` : '/rounds';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const needed = Object.fromEntries(REQUIRED_ROUND_DATES.map((field) => [field, draft.dates[field]]));
    const required = missingFields({ name: draft.name, year: draft.year, ...needed }, t('errors.required'));
    setMissing(required);
    if (Object.keys(required).length > 0) return;
    setBusy(true);
    try {
      const saved = await save(round, draft);
      navigate(saved ? `/rounds/${saved.id}` : back);
    } catch (reason) {
      setError(reason);
      setBusy(false);
    }
  };
  const errors = { ...localFieldErrors(t, error), ...missing };
  const setDate = (field: RoundDateField, value: string) => setDraft((old) => ({ ...old, dates: { ...old.dates, [field]: value } }));
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-label={t('rounds.form')}>
      <ErrorAlert error={error} />
      <div className="form-grid">
        <TextField label={t('rounds.name')} name="name" required value={draft.name} error={errors.name} placeholder={t('rounds.namePlaceholder')} onChange={(e) => setDraft((old) => ({ ...old, name: e.target.value }))} />
        <TextField label={t('rounds.year')} name="year" inputMode="numeric" required value={draft.year} error={errors.year} onChange={(e) => setDraft((old) => ({ ...old, year: e.target.value }))} />
      </div>
      <fieldset className="form-section form-grid">
        <legend>{t('rounds.stepDates')}</legend>
        {ROUND_DATE_FIELDS.map((field) => (
          <TextField
            key={field}
            label={t(`rounds.dates.${field}`)}
            name={field}
            type="date"
            required={REQUIRED_ROUND_DATES.includes(field)}
            value={draft.dates[field]}
            error={errors[field]}
            onChange={(e) => setDate(field, e.target.value)}
          />
        ))}
      </fieldset>
      <TextAreaField label={t('rounds.notes')} name="notes" value={draft.notes} error={errors.notes} onChange={(e) => setDraft((old) => ({ ...old, notes: e.target.value }))} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" onClick={() => navigate(back)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function RoundFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const round = useResource(`round-form:${id ?? 'new'}`, (signal) =>
    id === undefined ? Promise.resolve(undefined) : api(`/rounds/${encodeURIComponent(id)}`, Round, { signal }),
  );
  if (isNotFound(round.error)) return <RecordMissing backTo="/rounds" backLabel={t('rounds.back')} />;
  return (
    <section aria-labelledby="round-form-title">
      <h1 id="round-form-title">{id === undefined ? t('rounds.createTitle') : t('rounds.editTitle')}</h1>
      <ErrorAlert error={round.error} />
      {round.loading ? <p role="status">{t('app.loading')}</p> : null}
      {!round.loading && (id === undefined || round.data) ? <RoundForm round={round.data} /> : null}
    </section>
  );
}
