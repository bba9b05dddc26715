import { currentCertificateOf, insertCertificates, nextCertificateSequence, updateCertificateRow } from '../../db/repositories/certificates.js';
import type { DecisionRow } from '../../db/repositories/decisions.js';
import type { DossierRow } from '../../db/repositories/dossiers.js';
import { findProducer } from '../../db/repositories/producers.js';
import { findProduct } from '../../db/repositories/products.js';
import { formatCertificateNumber } from '../../domain/evaluation/certificate-number.js';
import { certificateExpiry } from '../../domain/evaluation/certificate-validity.js';
import type { CertificationVersion } from '../../domain/evaluation/certification-rules.js';
import { findById } from '../../domain/evaluation/types.js';
import type { Actor } from '../../domain/roles.js';
import { certificationRules } from '../../rules/evaluation/index.js';
import { recordAudit } from '../audit.js';
import type { Tx } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { moveProduct } from '../dossiers/dossier-product.js';

// Issuing a certificate with a recognition decision: the next number of the province's sequence
// for the decision's year, the expiry from the issuing rules (36 months under 148 and 26/2026),
// what it certifies frozen at issue, the product certified with its star, and the certificate
// it replaces (upgrade, re-evaluation) marked superseded from the decision date.

export type IssueRequest = { dossier: DossierRow; decision: DecisionRow; star: number; total: number; actor: Actor; at: string; expiresOn?: string | undefined };

export function rulesVersionOf(dossier: Pick<DossierRow, 'id' | 'rules_version'>): CertificationVersion {
  const v = findById(certificationRules().versions, dossier.rules_version ?? '');
  if (v === undefined) throw new Error(`dossier ${dossier.id} has no certification rules version`);
  return v;
}

export async function issueCertificate(trx: Tx, req: IssueRequest): Promise<number> {
  const { dossier, decision, actor, at } = req;
  const rules = certificationRules();
  const version = rulesVersionOf(dossier);
  const expiresOn = certificateExpiry(version, decision.decided_on) ?? req.expiresOn;
  if (expiresOn === undefined) throw invalid(`${version.legalVersion} gives no validity period: enter the expiry printed in the decision`, [{ path: 'body.expiresOn', message: 'required for these rules' }]);
  const [product, producer] = await Promise.all([findProduct(trx, dossier.product_id), findProducer(trx, dossier.producer_id)]);
  if (product === undefined || producer === undefined) throw notFound('Product');
  const year = Number(decision.decided_on.slice(0, 4));
  const sequence = await nextCertificateSequence(trx, rules.certificateNumber.province, year);
  const number = formatCertificateNumber({ province: rules.certificateNumber.province, year, sequence }, rules.certificateNumber.sequenceDigits);
  const previous = await currentCertificateOf(trx, product.id);
  const [id] = await insertCertificates(trx, [{
    number, year, sequence, product_id: product.id, producer_id: producer.id, dossier_id: dossier.id, decision_id: decision.id, star: req.star,
    total_score: req.total, product_name: product.name, producer_name: producer.name, producer_address: producer.address, unit_id: producer.unit_id,
    legal_version: version.legalVersion, rules_version: version.id, issued_on: decision.decided_on, expires_on: expiresOn, created_at: at, updated_at: at,
  }]);
  if (id === undefined) throw new Error('certificate not stored');
  if (previous !== undefined && previous.revoked_on === null) await updateCertificateRow(trx, previous.id, { superseded_by: id, superseded_on: decision.decided_on, updated_at: at });
  await moveProduct(trx, { productId: product.id, status: 'certified', star: req.star, actor, at, why: `certificate ${number}` });
  await recordAudit(trx, { actor, action: 'certificate.issue', entity: 'certificate', entityId: id, after: { number, star: req.star, productId: product.id, decision: decision.number, expiresOn, supersedes: previous?.number ?? null }, at });
  return id;
}
