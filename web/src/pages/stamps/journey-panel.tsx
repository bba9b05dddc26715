// A lot's journey on the lot page: what happened to it (oldest first, in words) and a short form
// to add a step — raising, vaccinating, slaughter, packing, shipping… — without any EPCIS
// knowledge: when, where (a sales point or words), an optional note and quantity, and for
// slaughter or packing which leg rings went into which package stamp. Built for a phone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { api, apiHref } from '../../api.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { SelectField, TextAreaField, TextField } from '../../components/field.js';
import { localFieldErrors } from '../../components/field-messages.js';
import { numberOrNull } from '../../format.js';
import { formatDate, localText } from '../../labels.js';
import { useAction } from '../../use-action.js';
import { useResource } from '../../use-resource.js';

const Text = z.object({ vi: z.string(), en: z.string() });
const JourneyItem = z.object({
  eventId: z.string(), eventType: z.string(), at: z.string(), step: z.nullable(z.string()), label: Text, place: z.nullable(z.string()),
  note: z.nullable(z.string()), quantity: z.nullable(z.number()), uom: z.nullable(z.string()), source: z.string(),
  packageSerial: z.nullable(z.string()), ringSerials: z.array(z.string()),
});
type JourneyItem = z.infer<typeof JourneyItem>;
const Journey = z.object({
  lotId: z.number(),
  items: z.array(JourneyItem),
  places: z.array(z.object({ id: z.number(), name: z.string(), address: z.nullable(z.string()) })),
  steps: z.array(z.object({ key: z.string(), bizStep: z.string(), label: Text, links: z.boolean() })),
});
type Journey = z.infer<typeof Journey>;
const Recorded = z.object({ stored: z.number(), items: z.array(JourneyItem) });

const UNITS = ['count', 'kg', 'l'] as const;

/** "2026-11-26T08:00" typed on a phone, in Vietnam's time (the platform's only zone). */
function isoFromLocal(local: string): string {
  return local === '' ? '' : `${local.length === 16 ? `${local}:00` : local}+07:00`;
}

function nowLocal(): string {
  const vn = new Date(Date.now() + 7 * 3_600_000);
  return vn.toISOString().slice(0, 16);
}

/** Lines "PACKAGE: RING RING" → links; blank lines are skipped. */
function linksOf(text: string): { packageSerial: string; ringSerials: string[] }[] {
  return text.split('\n').map((line) => line.split(/[:=>\s,;]+/).filter(Boolean)).filter((parts) => parts.length >= 2)
    .map(([pkg = '', ...rings]) => ({ packageSerial: pkg, ringSerials: rings }));
}

function JourneyList({ items }: { items: JourneyItem[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('journey.empty')}</p>;
  return (
    <ol className="journey-list" data-testid="journey-list">
      {items.map((item) => (
        <li key={item.eventId}>
          <strong>{localText(i18n.language, item.label)}</strong> · {formatDate(i18n.language, item.at, true)}
          {item.place === null ? null : <> · {item.place}</>}
          {item.note === null ? null : <div className="muted">{item.note}</div>}
          {item.quantity === null ? null : <div className="muted">{t('journey.quantityShown', { value: item.quantity, unit: item.uom ?? '' })}</div>}
          {item.ringSerials.length === 0 ? null : <div className="muted mono">{t('journey.linked', { pkg: item.packageSerial ?? '', rings: item.ringSerials.join(', ') })}</div>}
        </li>
      ))}
    </ol>
  );
}

type FormState = { step: string; at: string; placeKind: 'text' | 'point'; placeText: string; pointId: string; note: string; quantity: string; unit: (typeof UNITS)[number]; links: string };

function bodyOf(f: FormState, withLinks: boolean) {
  const place = f.placeKind === 'point' ? (f.pointId === '' ? null : { salesPointId: Number(f.pointId) }) : f.placeText.trim() === '' ? null : { name: f.placeText.trim() };
  const quantity = numberOrNull(f.quantity);
  return {
    step: f.step, at: isoFromLocal(f.at), place, note: f.note.trim() === '' ? null : f.note.trim(),
    quantity: typeof quantity === 'number' ? { value: quantity, unit: f.unit } : null,
    ...(withLinks && f.links.trim() !== '' ? { links: linksOf(f.links) } : {}),
  };
}

function StepForm({ lotId, journey, onDone }: { lotId: number; journey: Journey; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const [f, setF] = useState<FormState>({ step: journey.steps[0]?.key ?? '', at: nowLocal(), placeKind: 'text', placeText: '', pointId: '', note: '', quantity: '', unit: 'count', links: '' });
  const set = (patch: Partial<FormState>) => setF((old) => ({ ...old, ...patch }));
  const action = useAction();
  const step = journey.steps.find((s) => s.key === f.step);
  const errors = localFieldErrors(t, action.error);
  const save = () => void action.run(async () => {
    await api(`/lots/${lotId}/journey`, Recorded, { method: 'POST', body: bodyOf(f, step?.links === true) });
    set({ note: '', quantity: '', links: '' });
    onDone();
  });
  return (
    <form className="journey-form" aria-labelledby="journey-add-title" onSubmit={(event) => event.preventDefault()} noValidate>
      <h3 id="journey-add-title">{t('journey.add')}</h3>
      <ErrorAlert error={action.error} />
      <div className="form-grid">
        <SelectField label={t('journey.step')} value={f.step} error={errors.step} onChange={(e) => set({ step: e.target.value })}>
          {journey.steps.map((s) => <option key={s.key} value={s.key}>{localText(i18n.language, s.label)}</option>)}
        </SelectField>
        <TextField label={t('journey.at')} type="datetime-local" value={f.at} error={errors.at} onChange={(e) => set({ at: e.target.value })} />
        <SelectField label={t('journey.placeKind')} value={f.placeKind} onChange={(e) => set({ placeKind: e.target.value === 'point' ? 'point' : 'text' })}>
          <option value="text">{t('journey.placeText')}</option>
          <option value="point">{t('journey.placePoint')}</option>
        </SelectField>
        {f.placeKind === 'text' ? (
          <TextField label={t('journey.place')} value={f.placeText} error={errors['place.name']} onChange={(e) => set({ placeText: e.target.value })} />
        ) : (
          <SelectField label={t('journey.salesPoint')} value={f.pointId} error={errors['place.salesPointId']} onChange={(e) => set({ pointId: e.target.value })}>
            <option value="">{t('common.choose')}</option>
            {journey.places.map((p) => <option key={p.id} value={String(p.id)}>{p.name}</option>)}
          </SelectField>
        )}
        <TextField label={t('journey.quantity')} inputMode="decimal" value={f.quantity} error={errors['quantity.value']} onChange={(e) => set({ quantity: e.target.value })} />
        <SelectField label={t('journey.unit')} value={f.unit} onChange={(e) => set({ unit: UNITS.find((u) => u === e.target.value) ?? 'count' })}>
          {UNITS.map((u) => <option key={u} value={u}>{t(`journey.units.${u}`)}</option>)}
        </SelectField>
      </div>
      <TextAreaField label={t('journey.note')} rows={2} value={f.note} error={errors.note} onChange={(e) => set({ note: e.target.value })} />
      {step?.links === true ? (
        <TextAreaField label={t('journey.links')} hint={t('journey.linksHint')} rows={3} value={f.links} error={errors.links} onChange={(e) => set({ links: e.target.value })} />
      ) : null}
      <button type="button" className="primary" disabled={action.busy || f.step === '' || f.at === ''} onClick={save}>
        {t('journey.save')}
      </button>
    </form>
  );
}

/** The journey card of a lot page. */
export function JourneyPanel({ lotId }: { lotId: number }) {
  const { t } = useTranslation();
  const journey = useResource(`journey:${lotId}`, (signal) => api(`/lots/${lotId}/journey`, Journey, { signal }));
  return (
    <section className="card" aria-labelledby="journey-title" data-testid="journey-panel">
      <h2 id="journey-title">{t('journey.title')}</h2>
      <p className="muted">{t('journey.intro')}</p>
      <ErrorAlert error={journey.error} />
      {journey.data ? (
        <>
          <JourneyList items={journey.data.items} />
          <StepForm lotId={lotId} journey={journey.data} onDone={journey.reload} />
          <p className="muted">
            {t('journey.export')} <a href={apiHref(`/lots/${lotId}/national-export`, { format: 'json' })}>JSON</a> · <a href={apiHref(`/lots/${lotId}/national-export`, { format: 'csv' })}>CSV</a>
          </p>
        </>
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </section>
  );
}
