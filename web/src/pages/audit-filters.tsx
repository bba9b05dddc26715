import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../components/field.js';

export type AuditFilterValues = {
  entity: string;
  entityId: string;
  actor: string;
  action: string;
  from: string;
  to: string;
};

export const NO_AUDIT_FILTERS: AuditFilterValues = { entity: '', entityId: '', actor: '', action: '', from: '', to: '' };

type Props = { initial: AuditFilterValues; onApply(values: AuditFilterValues): void };

/** Filters apply on submit, not per keystroke: the audit query can be heavy. */
export function AuditFilters({ initial, onApply }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const bind = (key: keyof AuditFilterValues) => ({
    name: key,
    value: draft[key],
    onChange: (event: { target: { value: string } }) => setDraft((old) => ({ ...old, [key]: event.target.value })),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    setDraft(NO_AUDIT_FILTERS);
    onApply(NO_AUDIT_FILTERS);
  };
  return (
    <form className="filters card filter-grid" onSubmit={submit} aria-label={t('audit.filters')}>
      <TextField label={t('audit.entity')} {...bind('entity')} />
      <TextField label={t('audit.entityId')} {...bind('entityId')} />
      <TextField label={t('audit.actor')} autoCapitalize="none" {...bind('actor')} />
      <TextField label={t('audit.action')} {...bind('action')} />
      <TextField label={t('audit.from')} type="date" {...bind('from')} />
      <TextField label={t('audit.to')} type="date" {...bind('to')} />
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('common.apply')}
        </button>
        <button type="button" onClick={clear}>
          {t('common.clear')}
        </button>
      </div>
    </form>
  );
}
