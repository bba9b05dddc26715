// Voiding damaged, lost or stolen codes, with the reason kept: a label range of a batch, or
// serials typed or pasted one per line (from a damaged roll, say).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { VOID_REASONS, VoidResult, type VoidReason } from '../../api-stamps.js';
import { Choice } from '../../components/choice.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { SelectField, TextAreaField, TextField } from '../../components/field.js';
import { localFieldErrors } from '../../components/field-messages.js';
import { numberOrNull } from '../../format.js';
import { useAction } from '../../use-action.js';

type Props = { batchId?: number; onDone(message: string): void };

function serialsOf(text: string): string[] {
  return text.split(/[\s,;]+/).map((item) => item.trim()).filter(Boolean);
}

export function VoidForm({ batchId, onDone }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'range' | 'list'>(batchId === undefined ? 'list' : 'range');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [serials, setSerials] = useState('');
  const [reason, setReason] = useState<VoidReason>('damaged');
  const [note, setNote] = useState('');
  const action = useAction();
  const selection = mode === 'range' ? { batchId, fromPosition: numberOrNull(from, true), toPosition: numberOrNull(to, true) } : { serials: serialsOf(serials) };
  const send = () => {
    if (!window.confirm(t('void.confirm'))) return;
    void action.run(async () => {
      const result = await api('/stamps/void', VoidResult, { method: 'POST', body: { selection, reason, ...(note.trim() === '' ? {} : { note: note.trim() }) } });
      onDone(t('void.done', { voided: result.voided, skipped: result.skipped }));
    });
  };
  const errors = localFieldErrors(t, action.error);
  return (
    <form className="card" aria-labelledby="void-title" onSubmit={(event) => event.preventDefault()} noValidate>
      <h2 id="void-title">{t('void.title')}</h2>
      <p className="muted">{t('void.intro')}</p>
      <ErrorAlert error={action.error} />
      {batchId === undefined ? null : (
        <Choice<'range' | 'list'> legend={t('void.which')} name="void-mode" value={mode} options={[['range', t('void.range')], ['list', t('void.list')]]} onChange={setMode} />
      )}
      {mode === 'range' ? (
        <div className="form-grid">
          <TextField label={t('bind.from')} inputMode="numeric" value={from} error={errors['selection.fromPosition']} onChange={(e) => setFrom(e.target.value)} />
          <TextField label={t('bind.to')} inputMode="numeric" value={to} error={errors['selection.toPosition']} onChange={(e) => setTo(e.target.value)} />
        </div>
      ) : (
        <TextAreaField label={t('void.serials')} hint={t('void.serialsHint')} rows={3} value={serials} error={errors['selection.serials']} onChange={(e) => setSerials(e.target.value)} />
      )}
      <SelectField label={t('void.reason')} value={reason} onChange={(e) => setReason(VOID_REASONS.find((item) => item === e.target.value) ?? 'other')}>
        {VOID_REASONS.map((code) => (
          <option key={code} value={code}>
            {t(`voidReasons.${code}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('void.note')} value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="button" disabled={action.busy} onClick={send}>
        {t('void.submit')}
      </button>
    </form>
  );
}
