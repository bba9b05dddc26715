import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { Notification, NotificationPage, ReadAllAnswer } from '../../api-cycle.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { CheckboxField } from '../../components/field.js';
import { Pager } from '../../components/pager.js';
import { formatDate, localText } from '../../labels.js';
import { useNotifications } from '../../notifications.js';
import { navigate, pathInPortal } from '../../router.js';
import { useResource } from '../../use-resource.js';

const PAGE_SIZE = 20;

type ItemProps = { item: Notification; onRead(item: Notification, open: boolean): void; busy: boolean };

function NotificationItem({ item, onRead, busy }: ItemProps) {
  const { t, i18n } = useTranslation();
  const unread = item.readAt === null;
  return (
    <li className={unread ? 'notification unread' : 'notification'} data-testid="notification">
      <p className="notification-title">
        {unread ? <span className="badge badge-info">{t('notifications.new')}</span> : null} {localText(i18n.language, item.title)}
      </p>
      <p className="muted small">
        <time dateTime={item.createdAt}>{formatDate(i18n.language, item.createdAt, true)}</time>
      </p>
      <div className="form-actions">
        {item.link ? (
          <button type="button" className="primary" disabled={busy} onClick={() => onRead(item, true)}>
            {t('notifications.open')}
          </button>
        ) : null}
        {unread ? (
          <button type="button" disabled={busy} onClick={() => onRead(item, false)}>
            {t('notifications.markRead')}
          </button>
        ) : null}
      </div>
    </li>
  );
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const { refresh } = useNotifications();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const query = { page, pageSize: PAGE_SIZE, unread: unreadOnly ? 'true' : undefined };
  const inbox = useResource(JSON.stringify(query), (signal) => api('/notifications', NotificationPage, { query, signal }));

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      refresh();
      inbox.reload();
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };
  const read = (item: Notification, open: boolean) => {
    void run(async () => {
      if (item.readAt === null) await api(`/notifications/${item.id}/read`, Notification, { method: 'POST' });
      if (open && item.link) navigate(pathInPortal(item.link));
    });
  };
  const unread = inbox.data?.unread ?? 0;
  return (
    <section aria-labelledby="notifications-title">
      <div className="page-head">
        <h1 id="notifications-title">{t('notifications.title')}</h1>
        <button type="button" disabled={busy || unread === 0} onClick={() => void run(() => api('/notifications/read-all', ReadAllAnswer, { method: 'POST' }))}>
          {t('notifications.markAll')}
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {t('notifications.unreadCount', { count: unread })}
      </p>
      <CheckboxField label={t('notifications.unreadOnly')} checked={unreadOnly} onChange={(e) => { setUnreadOnly(e.target.checked); setPage(1); }} />
      <ErrorAlert error={error ?? inbox.error} />
      {inbox.loading && !inbox.data ? <p role="status">{t('app.loading')}</p> : null}
      {inbox.data ? (
        <>
          {inbox.data.items.length === 0 ? <p>{t('notifications.empty')}</p> : null}
          <ul className="notification-list">
            {inbox.data.items.map((item) => (
              <NotificationItem key={item.id} item={item} busy={busy} onRead={read} />
            ))}
          </ul>
          <Pager page={inbox.data.page} pageSize={PAGE_SIZE} total={inbox.data.total} onPage={setPage} />
        </>
      ) : null}
    </section>
  );
}
