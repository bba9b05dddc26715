import type { Kysely } from 'kysely';
import { currentCertificateOf } from '../../db/repositories/certificates.js';
import type { DB } from '../../db/schema.js';
import type { ProductStatus } from '../../domain/product-status.js';
import { statusOf } from '../certificates/certificate-status.js';
import { ServiceError } from '../errors.js';

// The one place the stamp service learns about a product's OCOP certificate: the product's
// current certificate (number, star, issue and expiry dates, revocation) when the evaluation
// records one, else the registry's status and star ('certified' → valid; 'expired' / 'revoked'
// as stated; products certified before the platform have no certificate row). When both speak,
// the worse state wins: a revoked status or a past expiry date is never overruled.

export type CertificateState = 'valid' | 'expired' | 'revoked' | 'none';

export type CertificateFacts = {
  readonly state: CertificateState;
  readonly number: string | null;
  readonly star: number | null;
  readonly issuedOn: string | null;
  readonly expiresOn: string | null;
};

type ProductFacts = { readonly id: number; readonly status: ProductStatus; readonly star: number | null };

function fromStatus(product: ProductFacts): CertificateState {
  if (product.status === 'certified') return 'valid';
  if (product.status === 'expired' || product.status === 'revoked') return product.status;
  return 'none';
}

// The certificate's own status on the day (the same rule the certificate pages use: an extension
// under the transitional rule keeps it valid; one not valid yet cannot carry stamps).
const OWN_STATE: Readonly<Record<ReturnType<typeof statusOf>['code'], CertificateState>> = {
  valid: 'valid', expiring: 'valid', extended: 'valid', expired: 'expired', revoked: 'revoked', superseded: 'expired', not_yet_valid: 'none',
};

const SEVERITY: readonly CertificateState[] = ['valid', 'none', 'expired', 'revoked'];
const worse = (a: CertificateState, b: CertificateState): CertificateState => (SEVERITY.indexOf(a) >= SEVERITY.indexOf(b) ? a : b);

export async function certificateFacts(db: Kysely<DB>, product: ProductFacts, today: string): Promise<CertificateFacts> {
  const registry = fromStatus(product);
  const row = await currentCertificateOf(db, product.id);
  if (row === undefined) return { state: registry, number: null, star: product.star, issuedOn: null, expiresOn: null };
  const own = OWN_STATE[statusOf(row, today).code];
  const state = registry === 'none' ? own : worse(own, registry);
  return { state, number: row.number, star: row.star, issuedOn: row.issued_on, expiresOn: row.expires_on };
}

/** Why a product cannot get new stamps (422 naming the reason), or nothing when it can. */
export function stampRefusal(facts: CertificateFacts, path: string): ServiceError | undefined {
  const issue = (message: string) => [{ path, message }];
  switch (facts.state) {
    case 'valid':
      return facts.star === null ? new ServiceError(422, 'not-certified', 'The product has no OCOP star rating', issue('no star rating')) : undefined;
    case 'expired':
      return new ServiceError(422, 'certificate-expired', "The product's OCOP certificate has expired: it cannot get new stamps until it is re-evaluated", issue('certificate expired'));
    case 'revoked':
      return new ServiceError(422, 'certificate-revoked', "The product's OCOP certificate has been revoked: it cannot get new stamps", issue('certificate revoked'));
    case 'none':
      return new ServiceError(422, 'not-certified', 'Only certified OCOP products get stamps', issue('product is not certified'));
  }
}
