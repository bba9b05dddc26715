// Role plus what the role is tied to: a commune officer to a commune-level unit, a producer
// member to a producer. The two pickers load their options only when the role needs them.
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { ProducerPage, ROLES, UnitList, type Id, type Producer, type Role, type Unit } from '../api-types.js';
import { ErrorAlert } from '../components/error-alert.js';
import { SelectField } from '../components/field.js';
import { useResource, type Resource } from '../use-resource.js';

export type Assignment = { role: Role | ''; unitId: string; producerId: string };

type Option = { id: Id; name: string };

const MAX_PRODUCER_PAGES = 50;

/** Every producer, page by page, since the server decides the page size. */
async function allProducers(signal: AbortSignal): Promise<Producer[]> {
  const items: Producer[] = [];
  for (let page = 1; page <= MAX_PRODUCER_PAGES; page += 1) {
    const answer = await api('/producers', ProducerPage, { query: { page }, signal });
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) break;
  }
  return items;
}

function communesToday(signal: AbortSignal): Promise<Unit[]> {
  const at = new Date().toISOString().slice(0, 10);
  return api('/units', UnitList, { query: { level: 'commune', at }, signal }).then((answer) => answer.items);
}

export type AssignmentOptions = Resource<Option[]>;

export function useAssignmentOptions(role: Role | ''): AssignmentOptions {
  const kind = role === 'commune_officer' ? 'units' : role === 'producer_member' ? 'producers' : 'none';
  return useResource<Option[]>(kind, async (signal) => {
    if (kind === 'units') return communesToday(signal);
    if (kind === 'producers') return allProducers(signal);
    return [];
  });
}

/** Maps a picker's string value back to the id as the server sent it (number or string). */
function idFrom(options: Option[] | undefined, value: string): Id | null {
  if (value === '') return null;
  return options?.find((option) => String(option.id) === value)?.id ?? value;
}

type Props = {
  value: Assignment;
  onChange(value: Assignment): void;
  errors: Record<string, string>;
  options: AssignmentOptions;
};

/** The unit or producer picker, whichever the chosen role is tied to. */
function TargetPicker({ value, onChange, errors, options }: Props) {
  const { t } = useTranslation();
  const field = value.role === 'commune_officer' ? 'unitId' : value.role === 'producer_member' ? 'producerId' : null;
  if (field === null) return null;
  return (
    <SelectField
      label={field === 'unitId' ? t('users.unit') : t('users.producer')}
      name={field}
      required
      value={value[field]}
      error={errors[field]}
      onChange={(event) => onChange({ ...value, [field]: event.target.value })}
    >
      <option value="">{t('common.choose')}</option>
      {(options.data ?? []).map((option) => (
        <option key={String(option.id)} value={String(option.id)}>
          {option.name}
        </option>
      ))}
    </SelectField>
  );
}

export function AssignmentFields(props: Props) {
  const { t } = useTranslation();
  const { value, onChange, errors, options } = props;
  const pickRole = (picked: string) => onChange({ ...value, role: ROLES.find((role) => role === picked) ?? '' });
  return (
    <>
      <SelectField
        label={t('users.role')}
        name="role"
        required
        value={value.role}
        error={errors.role}
        onChange={(event) => pickRole(event.target.value)}
      >
        <option value="">{t('common.choose')}</option>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
      <TargetPicker {...props} />
      <ErrorAlert error={options.error} />
    </>
  );
}

/** The assignment as request fields: the id the role needs, null for the one it does not. */
export function assignmentBody(value: Assignment, options: AssignmentOptions) {
  return {
    unitId: value.role === 'commune_officer' ? idFrom(options.data, value.unitId) : null,
    producerId: value.role === 'producer_member' ? idFrom(options.data, value.producerId) : null,
  };
}
