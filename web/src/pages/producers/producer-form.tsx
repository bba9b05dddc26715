import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { PRODUCER_TYPES, ProducerRecord } from '../../api-registry.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions, UnchangedNotice } from '../../components/form-actions.js';
import { CheckboxField, SelectField, TextField } from '../../components/field.js';
import { UnitPicker } from '../../components/unit-picker.js';
import { producerTypeLabel } from '../../labels.js';
import { changedFields } from '../../patch.js';
import { useFormSubmit } from '../../use-form-submit.js';
import { EMPTY_PRODUCER, draftOf, producerBody, type ProducerDraft } from './producer-draft.js';

type Props = { producer?: ProducerRecord; onSaved(producer: ProducerRecord): void; onCancel(): void };
type TextKey = { [K in keyof ProducerDraft]: ProducerDraft[K] extends string ? K : never }[keyof ProducerDraft];
type FlagKey = 'repWoman' | 'repEthnicMinority' | 'repDisability';

/** Where the server reports each draft field (its path in the request body). */
const ERROR_PATH: Partial<Record<keyof ProducerDraft, string>> = {
  repName: 'representative.name',
  repPosition: 'representative.position',
  employeesTotal: 'employees.total',
  employeesWomen: 'employees.women',
  employeesEthnicMinority: 'employees.ethnicMinority',
};

async function save(producer: ProducerRecord | undefined, draft: ProducerDraft): Promise<ProducerRecord | null> {
  const body = producerBody(draft);
  if (producer === undefined) return api('/producers', ProducerRecord, { method: 'POST', body });
  const patch = changedFields(producerBody(draftOf(producer)), body);
  if (Object.keys(patch).length === 0) return null;
  return api(`/producers/${producer.id}`, ProducerRecord, { method: 'PATCH', body: patch });
}

type FieldsetsProps = {
  draft: ProducerDraft;
  setDraft(update: (old: ProducerDraft) => ProducerDraft): void;
  errorOf(key: keyof ProducerDraft): string | undefined;
};

/** The record's four parts: general, contact, legal representative (with the scored flags), employees. */
function ProducerFieldsets({ draft, setDraft, errorOf }: FieldsetsProps) {
  const { t } = useTranslation();
  const text = (key: TextKey) => ({
    name: key,
    value: draft[key],
    error: errorOf(key),
    onChange: (event: { target: { value: string } }) => setDraft((old) => ({ ...old, [key]: event.target.value })),
  });
  const flag = (key: FlagKey) => ({
    name: key,
    checked: draft[key],
    onChange: (event: { target: { checked: boolean } }) => setDraft((old) => ({ ...old, [key]: event.target.checked })),
  });
  return (
    <>
      <fieldset className="form-section form-grid">
        <legend>{t('producers.sectionGeneral')}</legend>
        <TextField label={t('producers.name')} required {...text('name')} />
        <SelectField label={t('producers.type')} required {...text('type')}>
          <option value="">{t('common.choose')}</option>
          {PRODUCER_TYPES.map((type) => (
            <option key={type} value={type}>
              {producerTypeLabel(t, type)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('producers.taxCode')} hint={t('producers.taxCodeHint')} inputMode="numeric" autoComplete="off" {...text('taxCode')} />
        <TextField label={t('producers.registrationNo')} hint={t('producers.registrationNoHint')} autoComplete="off" {...text('registrationNo')} />
        <div className="form-wide">
          <UnitPicker
            label={t('producers.unit')}
            name="unitId"
            value={draft.unitId}
            emptyLabel={t('common.choose')}
            error={errorOf('unitId')}
            onChange={(unitId) => setDraft((old) => ({ ...old, unitId }))}
          />
        </div>
      </fieldset>
      <fieldset className="form-section form-grid">
        <legend>{t('producers.sectionContact')}</legend>
        <TextField label={t('producers.address')} autoComplete="street-address" {...text('address')} />
        <TextField label={t('producers.phone')} type="tel" autoComplete="tel" {...text('phone')} />
        <TextField label={t('producers.email')} type="email" autoComplete="email" {...text('email')} />
        <TextField label={t('producers.website')} type="url" placeholder="https://" {...text('website')} />
      </fieldset>
      <fieldset className="form-section form-grid">
        <legend>{t('producers.representative')}</legend>
        <TextField label={t('producers.repName')} autoComplete="name" {...text('repName')} />
        <TextField label={t('producers.repPosition')} {...text('repPosition')} />
        <div className="form-wide check-group">
          <CheckboxField label={t('producers.flags.woman')} {...flag('repWoman')} />
          <CheckboxField label={t('producers.flags.ethnicMinority')} {...flag('repEthnicMinority')} />
          <CheckboxField label={t('producers.flags.disability')} {...flag('repDisability')} />
        </div>
      </fieldset>
      <fieldset className="form-section form-grid">
        <legend>{t('producers.employees')}</legend>
        <TextField label={t('producers.employeesTotalLabel')} inputMode="numeric" {...text('employeesTotal')} />
        <TextField label={t('producers.employeesWomen')} inputMode="numeric" {...text('employeesWomen')} />
        <TextField label={t('producers.employeesEthnicMinority')} inputMode="numeric" {...text('employeesEthnicMinority')} />
      </fieldset>
    </>
  );
}

export function ProducerForm({ producer, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ProducerDraft>(() => (producer ? draftOf(producer) : EMPTY_PRODUCER));
  const [unchanged, setUnchanged] = useState(false);
  const form = useFormSubmit({
    required: () => {
      // A new attempt clears the previous "nothing changed" notice.
      setUnchanged(false);
      return { name: draft.name, type: draft.type, unitId: draft.unitId };
    },
    save: () => save(producer, draft),
    onSaved: (saved) => (saved === null ? setUnchanged(true) : onSaved(saved)),
  });
  return (
    <form onSubmit={(event) => void form.submit(event)} noValidate className="card" aria-label={t('producers.form')}>
      <ErrorAlert error={form.error} />
      <UnchangedNotice show={unchanged} />
      <ProducerFieldsets draft={draft} setDraft={setDraft} errorOf={(key) => form.errors[ERROR_PATH[key] ?? key]} />
      <FormActions busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
