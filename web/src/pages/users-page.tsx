import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { ROLES, UserPage, type UserRow } from '../api-types.js';
import { ErrorAlert, isForbidden } from '../components/error-alert.js';
import { SelectField, TextField } from '../components/field.js';
import { Pager } from '../components/pager.js';
import { formatDate } from '../labels.js';
import { useDebounced } from '../use-debounced.js';
import { useResource } from '../use-resource.js';
import { ForbiddenPage } from './forbidden-page.js';
import { UserCreateForm } from './user-create-form.js';
import { UserEditForm } from './user-edit-form.js';

const PAGE_SIZE = 20;

type Panel = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; user: UserRow };

function UserTable({ users, onEdit }: { users: UserRow[]; onEdit(user: UserRow): void }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="data-table stack-on-phone">
      <thead>
        <tr>
          <th scope="col">{t('users.username')}</th>
          <th scope="col">{t('users.displayName')}</th>
          <th scope="col">{t('users.role')}</th>
          <th scope="col">{t('users.status')}</th>
          <th scope="col">{t('users.createdAt')}</th>
          <th scope="col">{t('users.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={String(user.id)} data-testid="user-row">
            <td data-label={t('users.username')} className="mono">
              {user.username}
            </td>
            <td data-label={t('users.displayName')}>{user.displayName}</td>
            <td data-label={t('users.role')}>{t(`roles.${user.role}`)}</td>
            <td data-label={t('users.status')}>
              <span className={user.active ? 'badge badge-ok' : 'badge badge-off'}>
                {user.active ? t('users.active') : t('users.inactive')}
              </span>
            </td>
            <td data-label={t('users.createdAt')}>{formatDate(i18n.language, user.createdAt, true)}</td>
            <td data-label={t('users.actions')}>
              <button
                type="button"
                aria-label={t('users.editUser', { username: user.username })}
                onClick={() => onEdit(user)}
              >
                {t('users.edit')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Filters = { search: string; role: string };

function UserFilters({ value, onChange }: { value: Filters; onChange(value: Filters): void }) {
  const { t } = useTranslation();
  return (
    <div className="filters card filter-row">
      <TextField
        label={t('users.search')}
        type="search"
        value={value.search}
        onChange={(event) => onChange({ ...value, search: event.target.value })}
      />
      <SelectField
        label={t('users.roleFilter')}
        value={value.role}
        onChange={(event) => onChange({ ...value, role: event.target.value })}
      >
        <option value="">{t('users.allRoles')}</option>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

/** The create or edit form, whichever is open; `onDone` gets the message to announce. */
type PanelProps = { panel: Panel; onDone(message: string): void; onClose(): void };

function UserPanel({ panel, onDone, onClose }: PanelProps) {
  const { t } = useTranslation();
  if (panel.kind === 'create') {
    const created = (user: UserRow) => onDone(t('users.created', { username: user.username }));
    return <UserCreateForm onCreated={created} onCancel={onClose} />;
  }
  if (panel.kind === 'edit') {
    const saved = (user: UserRow) => onDone(t('users.saved', { username: user.username }));
    return <UserEditForm key={String(panel.user.id)} user={panel.user} onSaved={saved} onCancel={onClose} />;
  }
  return null;
}

export function UsersPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({ search: '', role: '' });
  const [page, setPage] = useState(1);
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [notice, setNotice] = useState('');
  const q = useDebounced(filters.search.trim());
  const query = { q, role: filters.role, page, pageSize: PAGE_SIZE };
  const users = useResource(JSON.stringify(query), (signal) => api('/users', UserPage, { query, signal }));

  if (isForbidden(users.error)) return <ForbiddenPage />;
  const open = (next: Panel) => {
    setNotice('');
    setPanel(next);
  };
  const done = (message: string) => {
    setPanel({ kind: 'none' });
    setNotice(message);
    users.reload();
  };
  const filter = (value: Filters) => {
    setFilters(value);
    setPage(1);
  };
  const creating = panel.kind === 'create';
  return (
    <section aria-labelledby="users-title">
      <div className="page-head">
        <h1 id="users-title">{t('users.title')}</h1>
        <button
          type="button"
          className="primary"
          aria-expanded={creating}
          onClick={() => open(creating ? { kind: 'none' } : { kind: 'create' })}
        >
          {t('users.createOpen')}
        </button>
      </div>
      <p role="status" className={notice ? 'alert alert-ok' : 'visually-hidden'}>
        {notice}
      </p>
      <UserPanel panel={panel} onDone={done} onClose={() => setPanel({ kind: 'none' })} />
      <UserFilters value={filters} onChange={filter} />
      <ErrorAlert error={users.error} />
      {users.loading && !users.data ? <p role="status">{t('app.loading')}</p> : null}
      {users.data ? (
        <>
          <p className="muted">{t('common.total', { count: users.data.total })}</p>
          {users.data.items.length > 0 ? (
            <UserTable users={users.data.items} onEdit={(user) => open({ kind: 'edit', user })} />
          ) : (
            <p>{t('users.empty')}</p>
          )}
          <Pager page={users.data.page} pageSize={users.data.pageSize} total={users.data.total} onPage={setPage} />
        </>
      ) : null}
    </section>
  );
}
