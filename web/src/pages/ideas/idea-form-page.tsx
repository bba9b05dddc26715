import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { IdeaDetail } from '../../api-cycle.js';
import { ProductPage } from '../../api-registry.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions } from '../../components/form-actions.js';
import { SelectField, TextAreaField, TextField } from '../../components/field.js';
import { ProducerPicker } from '../../components/producer-picker.js';
import { RecordFormPage } from '../../components/record-form-page.js';
import { numberOrNull, textOf } from '../../format.js';
import { changedFields } from '../../patch.js';
import { navigate } from '../../router.js';
import { useUser } from '../../session.js';
import { useFormSubmit } from '../../use-form-submit.js';
import { useResource } from '../../use-resource.js';
import { SetSelect } from '../products/set-select.js';
import { RoundSelect } from './cycle-shared.js';

type Draft = { roundId: string; producerId: string; productId: string; title: string; productSet: string; description: string; rawMaterials: string; expectedMarket: string };
type TextKey = keyof Draft;

function draftOf(idea: IdeaDetail | undefined, producerId: string): Draft {
  return {
    roundId: textOf(idea?.roundId),
    producerId: idea ? String(idea.producerId) : producerId,
    productId: textOf(idea?.productId),
    title: idea?.title ?? '',
    productSet: textOf(idea?.productSet),
    description: idea?.description ?? '',
    rawMaterials: idea?.rawMaterials ?? '',
    expectedMarket: idea?.expectedMarket ?? '',
  };
}

/** The editable content; round and producer are fixed once the idea exists. */
function contentOf(d: Draft): Record<string, unknown> {
  return {
    productId: d.productId === '' ? null : Number(d.productId),
    title: d.title.trim(),
    productSet: numberOrNull(d.productSet, true),
    description: d.description.trim(),
    rawMaterials: d.rawMaterials.trim(),
    expectedMarket: d.expectedMarket.trim(),
  };
}

async function save(idea: IdeaDetail | undefined, draft: Draft): Promise<IdeaDetail | null> {
  if (idea === undefined) {
    const body = { ...contentOf(draft), roundId: Number(draft.roundId), producerId: Number(draft.producerId) };
    return api('/ideas', IdeaDetail, { method: 'POST', body });
  }
  const patch = changedFields(contentOf(draftOf(idea, '')), contentOf(draft));
  if (Object.keys(patch).length === 0) return null;
  return api(`/ideas/${idea.id}`, IdeaDetail, { method: 'PATCH', body: patch });
}

function ProductOfProducer({ producerId, value, onChange }: { producerId: string; value: string; onChange(id: string): void }) {
  const { t } = useTranslation();
  const query = { producerId, pageSize: 200 };
  const products = useResource(`idea-products:${producerId}`, (signal) =>
    producerId === '' ? Promise.resolve(undefined) : api('/products', ProductPage, { query, signal }),
  );
  return (
    <SelectField label={t('ideas.product')} hint={t('ideas.productHint')} name="productId" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('ideas.noProduct')}</option>
      {products.data?.items.map((product) => (
        <option key={product.id} value={String(product.id)}>
          {product.name}
        </option>
      ))}
    </SelectField>
  );
}

function IdeaForm({ idea }: { idea: IdeaDetail | undefined }) {
  const { t } = useTranslation();
  const user = useUser();
  const own = user.role === 'producer_member' ? textOf(user.producerId) : '';
  const [draft, setDraft] = useState(() => draftOf(idea, own));
  const back = idea ? `/ideas/${idea.id}` : '/ideas';
  const form = useFormSubmit({
    required: () => {
      const { productId: _optional, ...required } = draft;
      return required;
    },
    save: () => save(idea, draft),
    onSaved: (saved) => navigate(saved ? `/ideas/${saved.id}` : back),
  });
  const { errors } = form;
  const set = (patch: Partial<Draft>) => setDraft((old) => ({ ...old, ...patch }));
  const bind = (key: TextKey) => ({ name: key, value: draft[key], error: errors[key], onChange: (e: { target: { value: string } }) => set({ [key]: e.target.value }) });
  return (
    <form className="card" onSubmit={(event) => void form.submit(event)} noValidate aria-label={t('ideas.form')}>
      <ErrorAlert error={form.error} />
      {idea === undefined ? (
        <RoundSelect label={t('ideas.round')} emptyLabel={t('common.choose')} forIdeas required {...bind('roundId')} />
      ) : null}
      {idea === undefined && user.role !== 'producer_member' ? (
        <ProducerPicker label={t('ideas.producer')} value={draft.producerId} error={errors.producerId} onChange={(producerId) => set({ producerId, productId: '' })} />
      ) : null}
      <TextField label={t('ideas.ideaTitle')} required {...bind('title')} />
      <SetSelect label={t('ideas.productSet')} required {...bind('productSet')} />
      <ProductOfProducer producerId={draft.producerId} value={draft.productId} onChange={(productId) => set({ productId })} />
      <TextAreaField label={t('ideas.description')} hint={t('ideas.descriptionHint')} required {...bind('description')} />
      <TextAreaField label={t('ideas.rawMaterials')} hint={t('ideas.rawMaterialsHint')} required rows={3} {...bind('rawMaterials')} />
      <TextAreaField label={t('ideas.expectedMarket')} hint={t('ideas.expectedMarketHint')} required rows={3} {...bind('expectedMarket')} />
      <p className="field-hint">{t('ideas.saveHint')}</p>
      <FormActions busy={form.busy} submitLabel={t('ideas.saveDraft')} onCancel={() => navigate(back)} />
    </form>
  );
}

export function IdeaFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  return (
    <RecordFormPage
      id={id}
      load={(ideaId, signal) => api(`/ideas/${encodeURIComponent(ideaId)}`, IdeaDetail, { signal })}
      title={{ create: t('ideas.createTitle'), edit: t('ideas.editTitle') }}
      back={{ to: '/ideas', label: t('ideas.back') }}
      locked={(idea) => !idea.editable}
      lockedMessage={t('ideas.locked')}
    >
      {(idea) => <IdeaForm idea={idea} />}
    </RecordFormPage>
  );
}
