import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { Fair } from '../../api-fairs.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions } from '../../components/form-actions.js';
import { TextAreaField, TextField } from '../../components/field.js';
import { textOf, textOrNull } from '../../format.js';
import { useFormSubmit } from '../../use-form-submit.js';

// Adds or edits one fair. Products are typed as ids (shown on each product's page in the
// portal); the server refuses ids of products that are not OCOP-rated, naming each one.

type Draft = { nameVi: string; nameEn: string; place: string; unitId: string; startsOn: string; endsOn: string; description: string; url: string; productIds: string };

function draftOf(fair: Fair | undefined): Draft {
  return {
    nameVi: fair?.nameVi ?? '', nameEn: textOf(fair?.nameEn), place: fair?.place ?? '', unitId: textOf(fair?.unitId), startsOn: fair?.startsOn ?? '',
    endsOn: fair?.endsOn ?? '', description: textOf(fair?.description), url: textOf(fair?.url), productIds: (fair?.productIds ?? []).join(', '),
  };
}

function idsOf(text: string): number[] {
  return text.split(/[\s,;]+/).filter((s) => s !== '').map(Number);
}

function bodyOf(d: Draft): Record<string, unknown> {
  return {
    nameVi: d.nameVi.trim(), nameEn: textOrNull(d.nameEn), place: d.place.trim(), unitId: textOrNull(d.unitId), startsOn: d.startsOn, endsOn: d.endsOn,
    description: textOrNull(d.description), url: textOrNull(d.url), productIds: idsOf(d.productIds),
  };
}

export function FairForm({ fair, onDone }: { fair: Fair | undefined; onDone(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(fair));
  const form = useFormSubmit({
    required: () => ({ nameVi: draft.nameVi, place: draft.place, startsOn: draft.startsOn, endsOn: draft.endsOn }),
    save: () => (fair === undefined ? api('/fairs', Fair, { method: 'POST', body: bodyOf(draft) }) : api(`/fairs/${fair.id}`, Fair, { method: 'PATCH', body: bodyOf(draft) })),
    onSaved: onDone,
  });
  const { errors } = form;
  const field = (name: keyof Draft) => ({
    name, value: draft[name], error: errors[name] ?? (name === 'productIds' ? Object.entries(errors).find(([k]) => k.startsWith('productIds.'))?.[1] : undefined),
    onChange: (e: { target: { value: string } }) => setDraft((old) => ({ ...old, [name]: e.target.value })),
  });
  return (
    <form className="card" onSubmit={(event) => void form.submit(event)} noValidate aria-label={t('fairs.form')}>
      <h2>{fair === undefined ? t('fairs.createTitle') : t('fairs.editTitle')}</h2>
      <ErrorAlert error={form.error} />
      <div className="form-grid">
        <TextField label={t('fairs.nameVi')} required {...field('nameVi')} />
        <TextField label={t('fairs.nameEn')} {...field('nameEn')} />
        <TextField label={t('fairs.place')} required {...field('place')} />
        <TextField label={t('fairs.unitId')} hint={t('fairs.unitIdHint')} {...field('unitId')} />
        <TextField label={t('fairs.startsOn')} type="date" required {...field('startsOn')} />
        <TextField label={t('fairs.endsOn')} type="date" required {...field('endsOn')} />
        <TextField label={t('fairs.url')} type="url" {...field('url')} />
        <TextField label={t('fairs.productIds')} hint={t('fairs.productIdsHint')} {...field('productIds')} />
      </div>
      <TextAreaField label={t('fairs.description')} {...field('description')} />
      <FormActions busy={form.busy} onCancel={onDone} />
    </form>
  );
}
