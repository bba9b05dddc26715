// The sections of the yearly report form: one card per product (revenue, output, unit), the
// workers and jobs, and the sales channels and online shops. Laid out as single columns on a
// phone; numeric fields open the numeric keyboard.
import { useTranslation } from 'react-i18next';
import { SALES_CHANNEL_KINDS, type ReportForm } from '../../api-reports.js';
import { SelectField, TextField } from '../../components/field.js';
import { COUNT_FIELDS, type ChannelDraft, type LineDraft, type ListingDraft, type ReportDraft } from './report-draft.js';

type Errors = Record<string, string>;
type Change = (patch: Partial<ReportDraft>) => void;

const COUNT_LABELS = {
  employeesTotal: 'reports.employeesTotal', employeesWomen: 'reports.employeesWomen', employeesEthnicMinority: 'reports.employeesEthnicMinority',
  newJobs: 'reports.newJobsTotal', newJobsWomen: 'reports.newJobsWomen', newJobsEthnicMinority: 'reports.newJobsEthnicMinority',
} as const;

export function ProductLines({ form, draft, errors, onChange }: { form: ReportForm; draft: ReportDraft; errors: Errors; onChange: Change }) {
  const { t } = useTranslation();
  const setLine = (id: number, patch: Partial<LineDraft>) => {
    const old = draft.lines[id] ?? { revenueVnd: '', outputQuantity: '', outputUnit: '' };
    onChange({ lines: { ...draft.lines, [id]: { ...old, ...patch } } });
  };
  return (
    <fieldset className="card">
      <legend>{t('reports.section.products')}</legend>
      <p className="muted">{t('reports.productsHint')}</p>
      {form.products.map((p) => {
        const line = draft.lines[p.id] ?? { revenueVnd: '', outputQuantity: '', outputUnit: '' };
        return (
          <div key={p.id} className="report-line" data-testid="report-line">
            <h3>{p.name}{p.star === null ? '' : ` · ${'★'.repeat(p.star)}`}</h3>
            <div className="form-grid">
              <TextField label={t('reports.revenueVnd')} inputMode="numeric" value={line.revenueVnd} error={errors[`line.${p.id}.revenueVnd`]} onChange={(e) => setLine(p.id, { revenueVnd: e.target.value })} />
              <TextField label={t('reports.outputQuantity')} inputMode="decimal" value={line.outputQuantity} error={errors[`line.${p.id}.outputQuantity`]} onChange={(e) => setLine(p.id, { outputQuantity: e.target.value })} />
              <TextField label={t('reports.outputUnit')} value={line.outputUnit} error={errors[`line.${p.id}.outputUnit`]} onChange={(e) => setLine(p.id, { outputUnit: e.target.value })} />
            </div>
            {errors[`line.${p.id}.productId`] ? <p className="field-error">{errors[`line.${p.id}.productId`]}</p> : null}
          </div>
        );
      })}
    </fieldset>
  );
}

export function JobFields({ draft, errors, onChange }: { draft: ReportDraft; errors: Errors; onChange: Change }) {
  const { t } = useTranslation();
  return (
    <fieldset className="card">
      <legend>{t('reports.section.jobs')}</legend>
      <div className="form-grid">
        {COUNT_FIELDS.map((key) => (
          <TextField key={key} name={key} label={t(COUNT_LABELS[key])} inputMode="numeric" value={draft[key]} error={errors[key]} onChange={(e) => onChange({ [key]: e.target.value })} />
        ))}
        <TextField name="averageMonthlyIncomeVnd" label={t('reports.incomeVnd')} inputMode="numeric" value={draft.averageMonthlyIncomeVnd} error={errors.averageMonthlyIncomeVnd} onChange={(e) => onChange({ averageMonthlyIncomeVnd: e.target.value })} />
      </div>
    </fieldset>
  );
}

function ChannelRow({ channel, index, errors, onSet, onRemove }: { channel: ChannelDraft; index: number; errors: Errors; onSet(patch: Partial<ChannelDraft>): void; onRemove(): void }) {
  const { t } = useTranslation();
  return (
    <div className="form-grid report-line">
      <SelectField label={t('reports.channelKind')} value={channel.kind} onChange={(e) => onSet({ kind: e.target.value })}>
        {SALES_CHANNEL_KINDS.map((k) => <option key={k} value={k}>{t(`reports.channelKinds.${k}`)}</option>)}
      </SelectField>
      <TextField label={t('reports.channelName')} value={channel.name} error={errors[`salesChannels.${index}.name`]} onChange={(e) => onSet({ name: e.target.value })} />
      <TextField label={t('reports.channelAddress')} value={channel.address} onChange={(e) => onSet({ address: e.target.value })} />
      <button type="button" onClick={onRemove}>{t('reports.remove')}</button>
    </div>
  );
}

export function MarketFields({ draft, errors, onChange }: { draft: ReportDraft; errors: Errors; onChange: Change }) {
  const { t } = useTranslation();
  const channels = draft.salesChannels;
  const listings = draft.ecommerceListings;
  const setChannel = (i: number, patch: Partial<ChannelDraft>) => onChange({ salesChannels: channels.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const setListing = (i: number, patch: Partial<ListingDraft>) => onChange({ ecommerceListings: listings.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  return (
    <>
      <fieldset className="card">
        <legend>{t('reports.section.market')}</legend>
        {channels.map((c, i) => (
          <ChannelRow key={i} channel={c} index={i} errors={errors} onSet={(patch) => setChannel(i, patch)} onRemove={() => onChange({ salesChannels: channels.filter((_, j) => j !== i) })} />
        ))}
        <button type="button" onClick={() => onChange({ salesChannels: [...channels, { kind: 'shop', name: '', address: '' }] })}>{t('reports.addChannel')}</button>
      </fieldset>
      <fieldset className="card">
        <legend>{t('reports.section.online')}</legend>
        {listings.map((l, i) => (
          <div key={i} className="form-grid report-line">
            <TextField label={t('reports.platform')} value={l.platform} error={errors[`ecommerceListings.${i}.platform`]} onChange={(e) => setListing(i, { platform: e.target.value })} />
            <TextField label={t('reports.url')} type="url" inputMode="url" value={l.url} error={errors[`ecommerceListings.${i}.url`]} onChange={(e) => setListing(i, { url: e.target.value })} />
            <button type="button" onClick={() => onChange({ ecommerceListings: listings.filter((_, j) => j !== i) })}>{t('reports.remove')}</button>
          </div>
        ))}
        <button type="button" onClick={() => onChange({ ecommerceListings: [...listings, { platform: 'Shopee', url: '' }] })}>{t('reports.addListing')}</button>
      </fieldset>
    </>
  );
}
