import { useTranslation } from 'react-i18next';
import type { Certificate, SalesPoint } from '../../api-registry.js';
import { localToday } from '../../format.js';
import { formatDate } from '../../labels.js';

type Validity = 'valid' | 'expired' | 'pending' | 'open';

function validityOf(certificate: Certificate, today: string): Validity {
  if (certificate.validTo !== null && certificate.validTo < today) return 'expired';
  if (certificate.validFrom !== null && certificate.validFrom > today) return 'pending';
  return certificate.validTo === null ? 'open' : 'valid';
}

const VALIDITY_TONE: Record<Validity, string> = { valid: 'badge-ok', open: 'badge-ok', expired: 'badge-bad', pending: 'badge-warn' };

export function CertificateList({ certificates }: { certificates: Certificate[] }) {
  const { t, i18n } = useTranslation();
  const today = localToday();
  const date = (value: string | null) => (value === null ? '…' : formatDate(i18n.language, value));
  return (
    <section className="card" aria-labelledby="certificates-title">
      <h2 id="certificates-title">{t('products.certificates')}</h2>
      {certificates.length === 0 ? <p className="muted">{t('products.noCertificates')}</p> : null}
      <ul className="plain-list">
        {certificates.map((certificate, index) => {
          const validity = validityOf(certificate, today);
          return (
            <li key={index} data-testid="certificate">
              <strong>{t(`certificateKinds.${certificate.kind}`)}</strong>{' '}
              <span className={`badge ${VALIDITY_TONE[validity]}`}>{t(`products.validity.${validity}`)}</span>
              {certificate.number ? <span className="mono"> · {certificate.number}</span> : null}
              <br />
              <span className="muted small">
                {certificate.issuer ? `${certificate.issuer} · ` : ''}
                {t('products.validRange', { from: date(certificate.validFrom), to: date(certificate.validTo) })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function SalesPointList({ salesPoints }: { salesPoints: SalesPoint[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="sales-title">
      <h2 id="sales-title">{t('products.salesPoints')}</h2>
      {salesPoints.length === 0 ? <p className="muted">{t('products.noSalesPoints')}</p> : null}
      <ul className="plain-list">
        {salesPoints.map((point, index) => (
          <li key={index}>
            <strong>{point.name}</strong> <span className="badge">{t(`salesPointKinds.${point.kind}`)}</span>
            {point.address ? (
              <>
                <br />
                <span className="muted small">{point.address}</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
