// The signed-in user's unread count, shared by the header bell and the notifications page. It is
// refreshed on every navigation, every minute, and when the tab comes back into view, so a
// decision taken by someone else shows up without a reload.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from './api.js';
import { NotificationPage } from './api-cycle.js';
import { useRoute } from './router.js';
import { useSession } from './session.js';

const POLL_MS = 60_000;

type NotificationsValue = { unread: number; refresh(): void };

const NotificationsContext = createContext<NotificationsValue>({ unread: 0, refresh: () => undefined });

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const userId = state.status === 'signed-in' ? String(state.user.id) : null;
  const path = useRoute();
  const [unread, setUnread] = useState(0);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    if (userId === null) {
      setUnread(0);
      return;
    }
    const controller = new AbortController();
    const load = () => {
      const query = { unread: 'true', pageSize: 1 };
      api('/notifications', NotificationPage, { query, signal: controller.signal }).then(
        (page) => setUnread(page.unread),
        // A missed count is harmless: the next poll or navigation tries again.
        () => undefined,
      );
    };
    load();
    const timer = setInterval(load, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      controller.abort();
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [userId, path, generation]);

  const value = useMemo(() => ({ unread, refresh }), [unread, refresh]);
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): NotificationsValue {
  return useContext(NotificationsContext);
}
