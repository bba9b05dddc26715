import { useTranslation } from 'react-i18next';

type Props = { busy: boolean; submitLabel?: string; onCancel(): void };

/** The primary submit button (showing "Saving…" while busy) and Cancel, at the foot of a form. */
export function FormActions({ busy, submitLabel, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('common.saving') : (submitLabel ?? t('common.save'))}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

/** Said when a save found nothing to change, so the user knows the click was not lost. */
export function UnchangedNotice({ show }: { show: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <p role="status" className="alert alert-info">
      {t('users.noChanges')}
    </p>
  );
}
