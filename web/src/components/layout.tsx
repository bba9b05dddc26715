import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isCurrent, navItemsFor } from '../nav.js';
import type { PageName } from '../routes.js';
import { useSession } from '../session.js';
import { LanguageSwitch } from './language-switch.js';
import { NotificationBell } from './notification-bell.js';
import { Link } from './link.js';
import { UserMenu } from './user-menu.js';

function MainNav({ current }: { current: PageName }) {
  const { t } = useTranslation();
  const { state } = useSession();
  if (state.status !== 'signed-in') return null;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {navItemsFor(state.user.role).map((item) => (
          <li key={item.label}>
            <Link to={item.path} aria-current={isCurrent(item, current) ? 'page' : undefined}>
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Layout({ current, children }: { current: PageName; children: ReactNode }) {
  const { t } = useTranslation();
  const { state } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-bar">
          <Link to="/" className="brand">
            {t('app.title')}
          </Link>
          <div className="header-tools">
            <LanguageSwitch />
            {state.status === 'signed-in' ? <NotificationBell /> : null}
            {state.status === 'signed-in' ? <UserMenu /> : null}
          </div>
        </div>
        <MainNav current={current} />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
