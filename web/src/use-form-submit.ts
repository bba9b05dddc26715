// The submit cycle every record form shares: check the required fields in the user's language,
// send once, keep the server's field errors, and hand the saved record (or null: nothing to
// save) to the page.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { missingFields } from './components/field.js';
import { localFieldErrors } from './components/field-messages.js';

type Options<R> = {
  /** Values that must not be empty, by field name. */
  required(): Record<string, string>;
  /** Sends the form; null when nothing changed. */
  save(): Promise<R | null>;
  onSaved(saved: R | null): void;
};

export type FormSubmit = {
  busy: boolean;
  error: unknown;
  /** Field errors by name: the ones found before sending, then the server's. */
  errors: Record<string, string>;
  submit(event: FormEvent<HTMLFormElement>): Promise<void>;
};

export function useFormSubmit<R>({ required, save, onSaved }: Options<R>): FormSubmit {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setError(undefined);
    const problems = missingFields(required(), t('errors.required'));
    setMissing(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      onSaved(await save());
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, errors: { ...localFieldErrors(t, error), ...missing }, submit };
}
