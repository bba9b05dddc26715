import { z } from 'zod';
import { MeOutput } from '../../../services/auth/get-me.js';

export const LoginInput = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const SessionOutput = z.object({
  user: MeOutput,
  /** Null for API-token callers, who need no CSRF token. */
  csrfToken: z.string().nullable(),
});
