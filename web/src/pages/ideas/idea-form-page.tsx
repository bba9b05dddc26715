import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { IdeaDetail } from '../../api-cycle.js';
import { ProductPage } from '../../api-registry.js';
import { ErrorAlert, isForbidden, isNotFound } from '../../components/error-alert.js';
import { SelectField, TextAreaField, TextField, missingFields } from '../../components/field.js';
import { localFieldErrors } from '../../components/field-messages.js';
import { ProducerPicker } from '../../components/producer-picker.js';
import { RecordMissing } from '../../components/record-missing.js';
import { numberOrNull, textOf } from '../../format.js';
import { changedFields } from '../../patch.js';
import { navigate } from '../../router.js';
import { useUser } from '../../session.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const back = idea ? `/ideas/${idea.id}` : '/ideas';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const { productId: _optional, ...required } = draft;
    const problems = missingFields(required, t('errors.required'));
    setMissing(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const saved = await save(idea, draft);
      navigate(saved ? `/ideas/${saved.id}` : back);
    } catch (reason) {
      setError(reason);
      setBusy(false);
    }
  };
  const errors = { ...localFieldErrors(t, error), ...missing };
  const set = (patch: Partial<Draft>) => setDraft((old) => ({ ...old, ...patch }));
  const bind = (key: TextKey) => ({ name: key, value: draft[key], error: errors[key], onChange: (e: { target: { value: string } }) => set({ [key]: e.target.value }) });
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-label={t('ideas.form')}>
      <ErrorAlert error={error} />
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
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('common.saving') : t('ideas.saveDraft')}
        </button>
        <button type="button" onClick={() => navigate(back)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function IdeaFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const idea = useResource(`idea-form:${id ?? 'new'}`, (signal) =>
    id === undefined ? Promise.resolve(undefined) : api(`/ideas/${encodeURIComponent(id)}`, IdeaDetail, { signal }),
  );
  if (isForbidden(idea.error)) return <ForbiddenPage />;
  if (isNotFound(idea.error)) return <RecordMissing backTo="/ideas" backLabel={t('ideas.back')} />;
  const locked = idea.data !== undefined && !idea.data.editable;
  return (
    <section aria-labelledby="idea-form-title">
      <h1 id="idea-form-title">{id === undefined ? t('ideas.createTitle') : t('ideas.editTitle')}</h1>
      <ErrorAlert error={idea.error} />
      {idea.loading ? <p role="status">{t('app.loading')}</p> : null}
      {locked ? <p className="alert alert-info">{t('ideas.locked')}</p> : null}
      {!idea.loading && !locked && (id === undefined || idea.data) ? <IdeaForm idea={idea.data} /> : null}
    </section>
  );
}
