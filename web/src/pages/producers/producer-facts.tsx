import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProducerRecord, Representative } from '../../api-registry.js';
import { formatNumber } from '../../format.js';
import type { UnitIndex } from '../../reference-data.js';
import { unitLabel } from '../../reference-data.js';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? '—'}</dd>
    </>
  );
}

/** The criteria score a woman, ethnic-minority or disabled representative: show each flag set. */
function RepresentativeFact({ person }: { person: Representative }) {
  const { t } = useTranslation();
  const flags = [
    person.woman ? t('producers.flags.woman') : null,
    person.ethnicMinority ? t('producers.flags.ethnicMinority') : null,
    person.disability ? t('producers.flags.disability') : null,
  ].filter((flag) => flag !== null);
  return (
    <>
      {person.name}
      {person.position ? <span className="muted">, {person.position}</span> : null}
      {flags.length > 0 ? (
        <span className="flag-list" data-testid="representative-flags">
          {flags.map((flag) => (
            <span key={flag} className="badge">
              {flag}
            </span>
          ))}
        </span>
      ) : null}
    </>
  );
}

function EmployeesFact({ producer }: { producer: ProducerRecord }) {
  const { t, i18n } = useTranslation();
  const employees = producer.employees;
  if (employees === null) return null;
  const number = (value: number | null) => (value === null ? '—' : formatNumber(i18n.language, value));
  return (
    <>
      {t('producers.employeesTotal', { total: number(employees.total) })}
      <br />
      <span className="muted">
        {t('producers.employeesBreakdown', { women: number(employees.women), minority: number(employees.ethnicMinority) })}
      </span>
    </>
  );
}

export function ProducerFacts({ producer, units }: { producer: ProducerRecord; units: UnitIndex | undefined }) {
  const { t } = useTranslation();
  return (
    <dl className="facts facts-wrap" data-testid="producer-facts">
      <Fact label={t('producers.taxCode')}>{producer.taxCode ? <span className="mono">{producer.taxCode}</span> : null}</Fact>
      {producer.registrationNo ? (
        <Fact label={t('producers.registrationNo')}>
          <span className="mono">{producer.registrationNo}</span>
        </Fact>
      ) : null}
      <Fact label={t('producers.unit')}>{unitLabel(units, producer.unitId, t('units.oldMap'))}</Fact>
      <Fact label={t('producers.address')}>{producer.address}</Fact>
      <Fact label={t('producers.phone')}>{producer.phone ? <a href={`tel:${producer.phone.replace(/[ .]/g, '')}`}>{producer.phone}</a> : null}</Fact>
      <Fact label={t('producers.email')}>{producer.email ? <a href={`mailto:${producer.email}`}>{producer.email}</a> : null}</Fact>
      <Fact label={t('producers.website')}>
        {producer.website ? (
          <a href={producer.website} rel="noopener noreferrer" target="_blank">
            {producer.website}
          </a>
        ) : null}
      </Fact>
      <Fact label={t('producers.representative')}>
        {producer.representative ? <RepresentativeFact person={producer.representative} /> : null}
      </Fact>
      <Fact label={t('producers.employees')}>
        {producer.employees ? <EmployeesFact producer={producer} /> : null}
      </Fact>
    </dl>
  );
}
