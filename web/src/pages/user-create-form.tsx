import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../api.js';
import { UserRow } from '../api-types.js';
import { ErrorAlert } from '../components/error-alert.js';
import { FormActions } from '../components/form-actions.js';
import { TextField, missingFields } from '../components/field.js';
import { AssignmentFields, assignmentBody, useAssignmentOptions, type Assignment } from './user-assignment.js';

const EMPTY = { username: '', displayName: '', password: '' };
const NO_ASSIGNMENT: Assignment = { role: '', unitId: '', producerId: '' };

function requiredValues(fields: typeof EMPTY, assignment: Assignment): Record<string, string> {
  const values: Record<string, string> = { ...fields, role: assignment.role };
  if (assignment.role === 'commune_officer') values.unitId = assignment.unitId;
  if (assignment.role === 'producer_member') values.producerId = assignment.producerId;
  return values;
}

type Props = { onCreated(user: UserRow): void; onCancel(): void };

export function UserCreateForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(EMPTY);
  const [assignment, setAssignment] = useState(NO_ASSIGNMENT);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const options = useAssignmentOptions(assignment.role);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const required = missingFields(requiredValues(fields, assignment), t('errors.required'));
    setMissing(required);
    if (Object.keys(required).length > 0) return;
    setBusy(true);
    const { unitId, producerId } = assignmentBody(assignment, options);
    // Optional ids are left out rather than sent as null: the create contract marks them optional.
    const body = {
      ...fields,
      username: fields.username.trim(),
      role: assignment.role,
      ...(unitId === null ? {} : { unitId }),
      ...(producerId === null ? {} : { producerId }),
    };
    try {
      const user = await api('/users', UserRow, { method: 'POST', body });
      setFields(EMPTY);
      setAssignment(NO_ASSIGNMENT);
      onCreated(user);
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };

  const errors = { ...fieldErrors(error), ...missing };
  const bind = (name: keyof typeof EMPTY) => ({
    name,
    required: true,
    autoComplete: name === 'password' ? 'new-password' : 'off',
    value: fields[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => setFields((old) => ({ ...old, [name]: event.target.value })),
  });
  return (
    <section className="card" aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('users.createTitle')}</h2>
      <ErrorAlert error={error} />
      <form onSubmit={(event) => void submit(event)} noValidate className="form-grid">
        <TextField label={t('users.username')} autoCapitalize="none" spellCheck={false} {...bind('username')} />
        <TextField label={t('users.displayName')} {...bind('displayName')} />
        <TextField label={t('users.password')} type="password" {...bind('password')} />
        <AssignmentFields value={assignment} onChange={setAssignment} errors={errors} options={options} />
        <FormActions busy={busy} submitLabel={t('users.createSubmit')} onCancel={onCancel} />
      </form>
    </section>
  );
}
