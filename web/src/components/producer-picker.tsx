// Chooses a producer by typing part of its name: the register holds hundreds, too many for
// one select on a phone. The server's search ignores diacritics, so "ga tien yen" works.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { ProducerRecord, ProducerRecordPage } from '../api-registry.js';
import { useDebounced } from '../use-debounced.js';
import { useResource } from '../use-resource.js';
import { SelectField, TextField } from './field.js';

const RESULTS = 30;

type Props = { label: string; value: string; onChange(id: string): void; error?: string };

export function ProducerPicker({ label, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const found = useResource(`producer-search:${q}`, (signal) =>
    api('/producers', ProducerRecordPage, { query: { q, pageSize: RESULTS }, signal }),
  );
  // The chosen producer stays listed even when a new search no longer finds it.
  const chosen = useResource(`producer:${value}`, (signal) =>
    value === '' ? Promise.resolve(undefined) : api(`/producers/${encodeURIComponent(value)}`, ProducerRecord, { signal }),
  );
  const items = found.data?.items ?? [];
  const extra = chosen.data !== undefined && !items.some((item) => String(item.id) === value) ? [chosen.data] : [];
  return (
    <div className="producer-picker">
      <TextField
        label={t('producerPicker.search')}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <SelectField label={label} name="producerId" value={value} error={error} onChange={(event) => onChange(event.target.value)}>
        <option value="">{found.loading ? t('app.loading') : t('producerPicker.choose', { count: found.data?.total ?? 0 })}</option>
        {[...extra, ...items].map((producer) => (
          <option key={producer.id} value={String(producer.id)}>
            {producer.name}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
