import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

// Names this process in leases and daily-run claims (job_lease.holder, job_run.holder), so an
// operator reading those tables sees which host and process holds what.

const ID = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

export function instanceId(): string {
  return ID;
}
