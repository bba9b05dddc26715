import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { IdeaPage, PlanDetail } from '../../api-cycle.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions } from '../../components/form-actions.js';
import { SelectField, TextAreaField, TextField } from '../../components/field.js';
import { RecordFormPage } from '../../components/record-form-page.js';
import { numberOrNull, textOf } from '../../format.js';
import { changedFields } from '../../patch.js';
import { navigate, readSearch } from '../../router.js';
import { useFormSubmit } from '../../use-form-submit.js';
import { useResource } from '../../use-resource.js';

type Draft = { ideaId: string; summary: string; investmentVnd: string; expectedRevenueVnd: string; jobs: string; timeline: string };

function draftOf(plan: PlanDetail | undefined): Draft {
  return {
    ideaId: plan ? String(plan.ideaId) : (readSearch().get('ideaId') ?? ''),
    summary: plan?.summary ?? '',
    investmentVnd: textOf(plan?.investmentVnd),
    expectedRevenueVnd: textOf(plan?.expectedRevenueVnd),
    jobs: textOf(plan?.jobs),
    timeline: plan?.timeline ?? '',
  };
}

function contentOf(d: Draft): Record<string, unknown> {
  return {
    summary: d.summary.trim(),
    investmentVnd: numberOrNull(d.investmentVnd, true),
    expectedRevenueVnd: numberOrNull(d.expectedRevenueVnd, true),
    jobs: numberOrNull(d.jobs, true),
    timeline: d.timeline.trim(),
  };
}

async function save(plan: PlanDetail | undefined, draft: Draft): Promise<PlanDetail | null> {
  if (plan === undefined) return api('/business-plans', PlanDetail, { method: 'POST', body: { ...contentOf(draft), ideaId: Number(draft.ideaId) } });
  const patch = changedFields(contentOf(draftOf(plan)), contentOf(draft));
  if (Object.keys(patch).length === 0) return null;
  return api(`/business-plans/${plan.id}`, PlanDetail, { method: 'PATCH', body: patch });
}

/** Accepted ideas are the only ones a plan can be written for. */
function AcceptedIdeaSelect({ value, error, onChange }: { value: string; error?: string; onChange(id: string): void }) {
  const { t } = useTranslation();
  const query = { status: 'accepted', pageSize: 200 };
  const ideas = useResource('accepted-ideas', (signal) => api('/ideas', IdeaPage, { query, signal }));
  return (
    <SelectField label={t('plans.idea')} name="ideaId" required value={value} error={error} onChange={(e) => onChange(e.target.value)}>
      <option value="">{ideas.data ? t('common.choose') : t('app.loading')}</option>
      {ideas.data?.items.map((idea) => (
        <option key={idea.id} value={String(idea.id)}>
          {idea.title} — {idea.producerName}
        </option>
      ))}
    </SelectField>
  );
}

function PlanForm({ plan }: { plan: PlanDetail | undefined }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(plan));
  const back = plan ? `/business-plans/${plan.id}` : '/business-plans';
  const form = useFormSubmit({
    required: () => draft,
    save: () => save(plan, draft),
    onSaved: (saved) => navigate(saved ? `/business-plans/${saved.id}` : back),
  });
  const { errors } = form;
  const bind = (key: keyof Draft) => ({
    name: key,
    value: draft[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => setDraft((old) => ({ ...old, [key]: e.target.value })),
  });
  return (
    <form className="card" onSubmit={(event) => void form.submit(event)} noValidate aria-label={t('plans.form')}>
      <ErrorAlert error={form.error} />
      {plan === undefined ? <AcceptedIdeaSelect value={draft.ideaId} error={errors.ideaId} onChange={(ideaId) => setDraft((old) => ({ ...old, ideaId }))} /> : null}
      <TextAreaField label={t('plans.summary')} hint={t('plans.summaryHint')} required rows={6} {...bind('summary')} />
      <div className="form-grid">
        <TextField label={t('plans.investmentLabel')} inputMode="numeric" required {...bind('investmentVnd')} />
        <TextField label={t('plans.revenueLabel')} inputMode="numeric" required {...bind('expectedRevenueVnd')} />
        <TextField label={t('plans.jobs')} inputMode="numeric" required {...bind('jobs')} />
      </div>
      <TextAreaField label={t('plans.timeline')} hint={t('plans.timelineHint')} required rows={3} {...bind('timeline')} />
      <FormActions busy={form.busy} submitLabel={t('ideas.saveDraft')} onCancel={() => navigate(back)} />
    </form>
  );
}

export function PlanFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  return (
    <RecordFormPage
      id={id}
      load={(planId, signal) => api(`/business-plans/${encodeURIComponent(planId)}`, PlanDetail, { signal })}
      title={{ create: t('plans.createTitle'), edit: t('plans.editTitle') }}
      back={{ to: '/business-plans', label: t('plans.back') }}
      locked={(plan) => !plan.editable}
      lockedMessage={t('ideas.locked')}
    >
      {(plan) => <PlanForm plan={plan} />}
    </RecordFormPage>
  );
}
