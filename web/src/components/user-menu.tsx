import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useUser } from '../session.js';
import { navigate } from '../router.js';
import { ErrorAlert } from './error-alert.js';

/** A <details> stays open until toggled; a menu should also close on Escape or a click elsewhere. */
function useCloseOnOutside() {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const menu = ref.current;
      if (!menu?.open) return;
      const outside = event instanceof MouseEvent && event.target instanceof Node && !menu.contains(event.target);
      const escape = event instanceof KeyboardEvent && event.key === 'Escape';
      if (!outside && !escape) return;
      menu.open = false;
      if (escape) menu.querySelector('summary')?.focus();
    };
    document.addEventListener('click', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('click', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  return ref;
}

/** A disclosure (details/summary) keeps the header short on a phone. */
export function UserMenu() {
  const { t } = useTranslation();
  const { logout } = useSession();
  const user = useUser();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const ref = useCloseOnOutside();

  const handleLogout = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await logout();
      navigate('/', { replace: true });
    } catch (reason) {
      setError(reason);
      setBusy(false);
    }
  };

  return (
    <details className="user-menu" ref={ref}>
      <summary aria-label={t('userMenu.label', { name: user.displayName })} data-testid="user-menu">
        <svg className="user-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <circle cx="12" cy="8" r="4" fill="currentColor" />
          <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7z" fill="currentColor" />
        </svg>
        <span className="user-menu-name">{user.displayName}</span>
      </summary>
      <div className="user-menu-panel">
        <p>
          <strong>{user.displayName}</strong>
        </p>
        <p>{t('userMenu.signedInAs', { username: user.username })}</p>
        <p className="muted">{t(`roles.${user.role}`)}</p>
        <button type="button" onClick={() => void handleLogout()} disabled={busy}>
          {busy ? t('userMenu.loggingOut') : t('userMenu.logout')}
        </button>
        <ErrorAlert error={error} />
      </div>
    </details>
  );
}
