// The frame of a create-or-edit page: load the record when editing, say so when it is missing,
// forbidden or no longer editable, and show the form once there is something to show.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ForbiddenPage } from '../pages/forbidden-page.js';
import { useResource } from '../use-resource.js';
import { ErrorAlert, isForbidden, isNotFound } from './error-alert.js';
import { RecordMissing } from './record-missing.js';

type Props<T> = {
  /** Absent on the "new" page. */
  id: string | undefined;
  load(id: string, signal: AbortSignal): Promise<T>;
  title: { create: string; edit: string };
  back: { to: string; label: string };
  /** A record the user may see but no longer change (an idea once submitted). */
  locked?(record: T): boolean;
  lockedMessage?: string;
  children(record: T | undefined): ReactNode;
};

export function RecordFormPage<T>({ id, load, title, back, locked, lockedMessage, children }: Props<T>) {
  const { t } = useTranslation();
  const record = useResource(`record-form:${back.to}:${id ?? 'new'}`, (signal) => (id === undefined ? Promise.resolve(undefined) : load(id, signal)));
  if (isForbidden(record.error)) return <ForbiddenPage />;
  if (isNotFound(record.error)) return <RecordMissing backTo={back.to} backLabel={back.label} />;
  const isLocked = record.data !== undefined && locked !== undefined && locked(record.data);
  return (
    <section aria-labelledby="record-form-title">
      <h1 id="record-form-title">{id === undefined ? title.create : title.edit}</h1>
      <ErrorAlert error={record.error} />
      {record.loading ? <p role="status">{t('app.loading')}</p> : null}
      {isLocked ? <p className="alert alert-info">{lockedMessage}</p> : null}
      {!record.loading && !isLocked && (id === undefined || record.data) ? children(record.data) : null}
    </section>
  );
}
