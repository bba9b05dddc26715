// The status changes the server says the user may make now (`actions` of an idea or plan),
// as buttons. Returning or rejecting needs a reason, which the same form collects.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_REQUIRED } from '../api-cycle.js';
import { ErrorAlert } from './error-alert.js';
import { TextAreaField } from './field.js';
import { localFieldErrors } from './field-messages.js';

type Props<A extends string> = {
  actions: readonly A[];
  label(action: A): string;
  onAct(action: A, reason: string | undefined): Promise<void>;
  /** Actions that cannot go without a reason; the cycle's return and reject by default. */
  reasonRequired?: ReadonlySet<string>;
  title?: string;
};

/** Actions that take a note: every decision; a submission does not. */
const takesNote = (action: string) => action !== 'submit';

export function ReviewActions<A extends string>({ actions, label, onAct, reasonRequired = REASON_REQUIRED, title }: Props<A>) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<A | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [missing, setMissing] = useState('');
  if (actions.length === 0) return null;

  const act = async (action: A) => {
    setError(undefined);
    const text = reason.trim();
    setMissing(reasonRequired.has(action) && text.length < 3 ? t('review.reasonRequired') : '');
    if (reasonRequired.has(action) && text.length < 3) return;
    setBusy(action);
    try {
      await onAct(action, takesNote(action) && text !== '' ? text : undefined);
      setReason('');
    } catch (reasonError) {
      setError(reasonError);
    } finally {
      setBusy(null);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();
  const fieldError = missing || localFieldErrors(t, error).reason;
  return (
    <form className="card review-actions" onSubmit={submit} aria-labelledby="review-title" noValidate>
      <h2 id="review-title">{title ?? t('review.title')}</h2>
      <ErrorAlert error={error} />
      {actions.some(takesNote) ? (
        <TextAreaField
          label={t('review.reason')}
          hint={t('review.reasonHint')}
          name="reason"
          rows={3}
          value={reason}
          error={fieldError}
          onChange={(event) => setReason(event.target.value)}
        />
      ) : null}
      <div className="form-actions">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={reasonRequired.has(action) ? undefined : 'primary'}
            disabled={busy !== null}
            onClick={() => void act(action)}
          >
            {busy === action ? t('common.saving') : label(action)}
          </button>
        ))}
      </div>
    </form>
  );
}
