import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '../api.js';
import { ErrorAlert } from '../components/error-alert.js';
import { TextField, missingFields } from '../components/field.js';
import { navigate, useRoute } from '../router.js';
import { useSession } from '../session.js';

/** Shown for any address while signed out; after login the address the user asked for opens. */
export function LoginPage({ expired }: { expired: boolean }) {
  const { t } = useTranslation();
  const { login } = useSession();
  const path = useRoute();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [missing, setMissing] = useState<Record<string, string>>({});

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const required = missingFields({ username, password }, t('errors.required'));
    setMissing(required);
    if (Object.keys(required).length > 0) return;
    setBusy(true);
    try {
      await login(username.trim(), password);
      if (path === '/login') navigate('/', { replace: true });
    } catch (reason) {
      setError(reason);
      setBusy(false);
    }
  };

  const fields = { ...fieldErrors(error), ...missing };
  const wrongCredentials = error instanceof ApiError && error.status === 401;
  return (
    <section className="card login-card" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      <p className="muted">{t('login.intro')}</p>
      {expired && error === undefined ? (
        <p className="alert alert-info" role="status">
          {t('login.sessionExpired')}
        </p>
      ) : null}
      <ErrorAlert error={error} message={wrongCredentials ? t('login.invalid') : undefined} />
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <TextField
          label={t('login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          error={fields.username}
        />
        <TextField
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fields.password}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </section>
  );
}
