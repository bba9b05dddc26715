// Errors that services throw on purpose. The HTTP edge maps each to an RFC 9457 problem and
// the CLI to a message and exit code; anything else is a bug and answers 500.

export type FieldIssue = { readonly path: string; readonly message: string };

export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const notFound = (what: string) => new ServiceError(404, 'not-found', `${what} not found`);

export const forbidden = (detail = 'You do not have permission for this action') =>
  new ServiceError(403, 'forbidden', detail);

export const unauthorized = (detail = 'Authentication required') => new ServiceError(401, 'unauthorized', detail);

export const conflict = (detail: string, issues: readonly FieldIssue[] = []) =>
  new ServiceError(409, 'conflict', detail, issues);

export const invalid = (detail: string, issues: readonly FieldIssue[] = []) =>
  new ServiceError(422, 'validation', detail, issues);

export const tooManyRequests = (detail: string, retryAfterSeconds: number) =>
  new ServiceError(429, 'too-many-requests', detail, [], { 'retry-after': String(retryAfterSeconds) });
