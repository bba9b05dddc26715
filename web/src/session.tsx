// Who is signed in. The cookie is httpOnly, so the portal learns the user from /auth/me
// and keeps the CSRF token from that answer for the API client to send on writes.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, api, apiNoContent, onUnauthorized, setCsrfToken } from './api.js';
import { Session, type SessionUser } from './api-types.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'signed-in'; user: SessionUser };

type SessionContextValue = {
  state: SessionState;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  reload(): void;
};

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const signIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', user: session.user });
  }, []);

  const signOut = useCallback((expired: boolean) => {
    setCsrfToken(null);
    setState({ status: 'anonymous', expired });
  }, []);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    api('/auth/me', Session).then(signIn, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) signOut(false);
      else setState({ status: 'failed', error });
    });
  }, [signIn, signOut]);

  useEffect(() => {
    reload();
    onUnauthorized(() => signOut(true));
    return () => onUnauthorized(null);
  }, [reload, signOut]);

  const login = useCallback(
    async (username: string, password: string) => {
      signIn(await api('/auth/login', Session, { method: 'POST', body: { username, password } }));
    },
    [signIn],
  );

  const logout = useCallback(async () => {
    try {
      await apiNoContent('/auth/logout', { method: 'POST' });
    } catch (error) {
      // 401 means the session is gone already, which is what logging out wanted.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    signOut(false);
  }, [signOut]);

  const value = useMemo(() => ({ state, login, logout, reload }), [state, login, logout, reload]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user; only for pages rendered behind the login gate. */
export function useUser(): SessionUser {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useUser needs a signed-in session');
  return state.user;
}
