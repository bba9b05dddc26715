// Editors for the product's embedded lists. The server replaces a list whole when it is sent,
// so rows are edited here and the list goes out in one piece.
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_KINDS, SALES_POINT_KINDS } from '../../api-registry.js';
import { SelectField, TextField } from '../../components/field.js';
import { EMPTY_CERTIFICATE, EMPTY_SALES_POINT, type CertificateDraft, type SalesPointDraft } from './product-draft.js';

type ListProps<T> = { items: T[]; onChange(items: T[]): void; errors: Record<string, string> };

function update<T>(items: T[], index: number, patch: Partial<T>): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...patch } : item));
}

export function CertificatesEditor({ items, onChange, errors }: ListProps<CertificateDraft>) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section">
      <legend>{t('products.certificates')}</legend>
      {items.map((item, index) => {
        const error = (field: string) => errors[`certificates.${index}.${field}`];
        const set = (patch: Partial<CertificateDraft>) => onChange(update(items, index, patch));
        return (
          <div key={index} className="list-row form-grid" role="group" aria-label={t('products.certificateN', { number: index + 1 })}>
            <SelectField label={t('products.certificateKind')} value={item.kind} error={error('kind')} onChange={(e) => set({ kind: e.target.value })}>
              {CERTIFICATE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`certificateKinds.${kind}`)}
                </option>
              ))}
            </SelectField>
            <TextField label={t('products.certificateNumber')} value={item.number} error={error('number')} onChange={(e) => set({ number: e.target.value })} />
            <TextField label={t('products.certificateIssuer')} value={item.issuer} error={error('issuer')} onChange={(e) => set({ issuer: e.target.value })} />
            <TextField label={t('products.validFrom')} type="date" value={item.validFrom} error={error('validFrom')} onChange={(e) => set({ validFrom: e.target.value })} />
            <TextField label={t('products.validTo')} type="date" value={item.validTo} error={error('validTo')} onChange={(e) => set({ validTo: e.target.value })} />
            <div className="form-actions">
              <button type="button" onClick={() => onChange(items.filter((_, i) => i !== index))}>
                {t('products.removeRow')}
              </button>
            </div>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...items, EMPTY_CERTIFICATE])}>
        {t('products.addCertificate')}
      </button>
    </fieldset>
  );
}

export function SalesPointsEditor({ items, onChange, errors }: ListProps<SalesPointDraft>) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section">
      <legend>{t('products.salesPoints')}</legend>
      {items.map((item, index) => {
        const error = (field: string) => errors[`salesPoints.${index}.${field}`];
        const set = (patch: Partial<SalesPointDraft>) => onChange(update(items, index, patch));
        return (
          <div key={index} className="list-row form-grid" role="group" aria-label={t('products.salesPointN', { number: index + 1 })}>
            <TextField label={t('products.salesPointName')} value={item.name} error={error('name')} onChange={(e) => set({ name: e.target.value })} />
            <TextField label={t('producers.address')} value={item.address} error={error('address')} onChange={(e) => set({ address: e.target.value })} />
            <SelectField label={t('products.salesPointKind')} value={item.kind} error={error('kind')} onChange={(e) => set({ kind: e.target.value })}>
              {SALES_POINT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`salesPointKinds.${kind}`)}
                </option>
              ))}
            </SelectField>
            <div className="form-actions">
              <button type="button" onClick={() => onChange(items.filter((_, i) => i !== index))}>
                {t('products.removeRow')}
              </button>
            </div>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...items, EMPTY_SALES_POINT])}>
        {t('products.addSalesPoint')}
      </button>
    </fieldset>
  );
}
