// The producer form's values as typed (strings and ticks), and the request body they make.
import type { ProducerRecord } from '../../api-registry.js';
import { numberOrNull, textOf, textOrNull } from '../../format.js';

export type ProducerDraft = {
  name: string;
  type: string;
  taxCode: string;
  registrationNo: string;
  unitId: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  repName: string;
  repPosition: string;
  repWoman: boolean;
  repEthnicMinority: boolean;
  repDisability: boolean;
  employeesTotal: string;
  employeesWomen: string;
  employeesEthnicMinority: string;
};

export const EMPTY_PRODUCER: ProducerDraft = {
  name: '',
  type: '',
  taxCode: '',
  registrationNo: '',
  unitId: '',
  address: '',
  phone: '',
  email: '',
  website: '',
  repName: '',
  repPosition: '',
  repWoman: false,
  repEthnicMinority: false,
  repDisability: false,
  employeesTotal: '',
  employeesWomen: '',
  employeesEthnicMinority: '',
};

export function draftOf(p: ProducerRecord): ProducerDraft {
  return {
    name: p.name,
    type: p.type,
    taxCode: textOf(p.taxCode),
    registrationNo: textOf(p.registrationNo),
    unitId: p.unitId,
    address: textOf(p.address),
    phone: textOf(p.phone),
    email: textOf(p.email),
    website: textOf(p.website),
    repName: textOf(p.representative?.name),
    repPosition: textOf(p.representative?.position),
    repWoman: p.representative?.woman ?? false,
    repEthnicMinority: p.representative?.ethnicMinority ?? false,
    repDisability: p.representative?.disability ?? false,
    employeesTotal: textOf(p.employees?.total),
    employeesWomen: textOf(p.employees?.women),
    employeesEthnicMinority: textOf(p.employees?.ethnicMinority),
  };
}

/** The full record as the API takes it; blank optional fields are sent as null ("not known"). */
export function producerBody(d: ProducerDraft): Record<string, unknown> {
  const representative =
    d.repName.trim() === ''
      ? null
      : {
          name: d.repName.trim(),
          position: textOrNull(d.repPosition),
          woman: d.repWoman,
          ethnicMinority: d.repEthnicMinority,
          disability: d.repDisability,
        };
  const employees =
    d.employeesTotal.trim() === ''
      ? null
      : {
          total: numberOrNull(d.employeesTotal, true),
          women: numberOrNull(d.employeesWomen, true),
          ethnicMinority: numberOrNull(d.employeesEthnicMinority, true),
        };
  return {
    name: d.name.trim(),
    type: d.type,
    taxCode: textOrNull(d.taxCode),
    registrationNo: textOrNull(d.registrationNo),
    unitId: d.unitId,
    address: textOrNull(d.address),
    phone: textOrNull(d.phone),
    email: textOrNull(d.email),
    website: textOrNull(d.website),
    representative,
    employees,
  };
}
