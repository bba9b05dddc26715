import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { ProducerPage, type SessionUser } from '../api-types.js';
import { ErrorAlert } from '../components/error-alert.js';
import { Link } from '../components/link.js';
import { producerTypeLabel } from '../labels.js';
import { navItemsFor } from '../nav.js';
import { useUser } from '../session.js';
import { useResource } from '../use-resource.js';

function scopeOf(t: TFunction, user: SessionUser): string {
  switch (user.role) {
    case 'province_admin':
    case 'province_officer':
      return t('home.scopeProvince');
    case 'council_member':
      return t('home.scopeCouncil');
    case 'commune_officer':
      return user.unitName ?? t('home.scopeUnassigned');
    case 'producer_member':
      return user.producerName ?? t('home.scopeUnassigned');
  }
}

function YourProducer({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  // The server scopes the list to the member's own producer.
  const producers = useResource('producers', (signal) => api('/producers', ProducerPage, { signal }));
  const mine = producers.data?.items.find((item) => String(item.id) === String(user.producerId));
  const producer = mine ?? producers.data?.items[0];
  return (
    <section className="card" aria-labelledby="producer-title">
      <h2 id="producer-title">{t('home.yourProducer')}</h2>
      <ErrorAlert error={producers.error} />
      {producer ? (
        <dl className="facts">
          <dt>{t('users.producer')}</dt>
          <dd>{producer.name}</dd>
          {producer.type ? (
            <>
              <dt>{t('home.producerType')}</dt>
              <dd>{producerTypeLabel(t, producer.type)}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {producers.loading ? <p role="status">{t('app.loading')}</p> : null}
      {producer ? (
        <p>
          <Link to="/my-producer">{t('home.openMyProducer')}</Link>
        </p>
      ) : null}
    </section>
  );
}

function Shortcuts({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const items = navItemsFor(user.role).filter((item) => item.hint !== undefined);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('home.shortcuts')}</h2>
      <ul className="shortcuts">
        {items.map((item) => (
          <li key={item.path}>
            <Link to={item.path} className="card shortcut">
              <strong>{t(item.label)}</strong>
              {item.hint ? <span className="muted">{t(item.hint)}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <>
      <section className="card" aria-labelledby="welcome-title">
        <h1 id="welcome-title">{t('home.welcome', { name: user.displayName })}</h1>
        <dl className="facts" data-testid="user-facts">
          <dt>{t('home.role')}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
          <dt>{t('home.scope')}</dt>
          <dd>{scopeOf(t, user)}</dd>
        </dl>
      </section>
      {user.role === 'producer_member' ? <YourProducer user={user} /> : null}
      <Shortcuts user={user} />
    </>
  );
}
