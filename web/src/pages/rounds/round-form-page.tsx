import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { REQUIRED_ROUND_DATES, ROUND_DATE_FIELDS, Round, type RoundDateField } from '../../api-cycle.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions } from '../../components/form-actions.js';
import { TextAreaField, TextField } from '../../components/field.js';
import { RecordFormPage } from '../../components/record-form-page.js';
import { numberOrNull, textOf, textOrNull } from '../../format.js';
import { changedFields } from '../../patch.js';
import { navigate } from '../../router.js';
import { useFormSubmit } from '../../use-form-submit.js';

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
  const back = round ? `/rounds/${round.id}` : '/rounds';
  const form = useFormSubmit({
    required: () => ({ name: draft.name, year: draft.year, ...Object.fromEntries(REQUIRED_ROUND_DATES.map((field) => [field, draft.dates[field]])) }),
    save: () => save(round, draft),
    onSaved: (saved) => navigate(saved ? `/rounds/${saved.id}` : back),
  });
  const { errors } = form;
  const setDate = (field: RoundDateField, value: string) => setDraft((old) => ({ ...old, dates: { ...old.dates, [field]: value } }));
  return (
    <form className="card" onSubmit={(event) => void form.submit(event)} noValidate aria-label={t('rounds.form')}>
      <ErrorAlert error={form.error} />
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
      <FormActions busy={form.busy} onCancel={() => navigate(back)} />
    </form>
  );
}

export function RoundFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  return (
    <RecordFormPage
      id={id}
      load={(roundId, signal) => api(`/rounds/${encodeURIComponent(roundId)}`, Round, { signal })}
      title={{ create: t('rounds.createTitle'), edit: t('rounds.editTitle') }}
      back={{ to: '/rounds', label: t('rounds.back') }}
    >
      {(round) => <RoundForm round={round} />}
    </RecordFormPage>
  );
}
