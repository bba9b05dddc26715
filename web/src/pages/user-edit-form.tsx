import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../api.js';
import { UserRow, type Id } from '../api-types.js';
import { ErrorAlert } from '../components/error-alert.js';
import { FormActions, UnchangedNotice } from '../components/form-actions.js';
import { CheckboxField, TextField } from '../components/field.js';
import { AssignmentFields, assignmentBody, useAssignmentOptions, type Assignment } from './user-assignment.js';

type Props = { user: UserRow; onSaved(user: UserRow): void; onCancel(): void };
type Draft = { displayName: string; active: boolean; password: string };
type Target = { role: Assignment['role']; unitId: Id | null; producerId: Id | null };

const asText = (id: Id | null | undefined) => (id === null || id === undefined ? '' : String(id));

/** Only fields the admin actually changed go into the PATCH, so the audit log shows intent. */
function changedFields(user: UserRow, draft: Draft, target: Target): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (draft.displayName.trim() !== user.displayName) patch.displayName = draft.displayName.trim();
  if (draft.active !== user.active) patch.active = draft.active;
  if (draft.password !== '') patch.password = draft.password;
  if (target.role !== user.role) patch.role = target.role;
  if (asText(target.unitId) !== asText(user.unitId)) patch.unitId = target.unitId;
  if (asText(target.producerId) !== asText(user.producerId)) patch.producerId = target.producerId;
  return patch;
}

export function UserEditForm({ user, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>({ displayName: user.displayName, active: user.active, password: '' });
  const [assignment, setAssignment] = useState<Assignment>({
    role: user.role,
    unitId: asText(user.unitId),
    producerId: asText(user.producerId),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [unchanged, setUnchanged] = useState(false);
  const options = useAssignmentOptions(assignment.role);
  const heading = useRef<HTMLHeadingElement>(null);
  // The Edit button may sit far down a long list on a phone: bring the form into view.
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const patch = changedFields(user, draft, { role: assignment.role, ...assignmentBody(assignment, options) });
    setError(undefined);
    setUnchanged(Object.keys(patch).length === 0);
    if (Object.keys(patch).length === 0) return;
    setBusy(true);
    try {
      onSaved(await api(`/users/${encodeURIComponent(String(user.id))}`, UserRow, { method: 'PATCH', body: patch }));
    } catch (reason) {
      setError(reason);
      setBusy(false);
    }
  };

  const errors = fieldErrors(error);
  const edit = (change: Partial<Draft>) => setDraft((old) => ({ ...old, ...change }));
  return (
    <section className="card" aria-labelledby="edit-user-title">
      <h2 id="edit-user-title" tabIndex={-1} ref={heading}>
        {t('users.editTitle', { username: user.username })}
      </h2>
      <ErrorAlert error={error} />
      <UnchangedNotice show={unchanged} />
      <form onSubmit={(event) => void submit(event)} noValidate className="form-grid">
        <TextField
          label={t('users.displayName')}
          name="displayName"
          required
          value={draft.displayName}
          onChange={(event) => edit({ displayName: event.target.value })}
          error={errors.displayName}
        />
        <AssignmentFields value={assignment} onChange={setAssignment} errors={errors} options={options} />
        <CheckboxField
          label={t('users.activeLabel')}
          name="active"
          checked={draft.active}
          onChange={(event) => edit({ active: event.target.checked })}
          error={errors.active}
        />
        <TextField
          label={t('users.newPassword')}
          hint={t('users.newPasswordHint')}
          name="password"
          type="password"
          autoComplete="new-password"
          value={draft.password}
          onChange={(event) => edit({ password: event.target.value })}
          error={errors.password}
        />
        <FormActions busy={busy} onCancel={onCancel} />
      </form>
    </section>
  );
}
