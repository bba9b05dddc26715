// Data a score sheet page needs besides the dossier: the sheet itself, the producer's legal form
// (which options fit), and the server's classification and gap analysis of complete answers.
import { api } from '../../api.js';
import { SheetDetail, UpgradePlan, type Dossier } from '../../api-evaluation.js';
import { ProducerRecord } from '../../api-registry.js';
import { useDebounced } from '../../use-debounced.js';
import { useResource } from '../../use-resource.js';
import type { Answers } from './sheet-score.js';

export function useSheet(dossier: Pick<Dossier, 'scoreVersion' | 'setNumber'> | undefined) {
  const path = dossier === undefined ? '' : `/scoring/sheets/${encodeURIComponent(dossier.scoreVersion)}/${dossier.setNumber}`;
  return useResource(`sheet:${path}`, (signal) => (path === '' ? Promise.resolve(undefined) : api(path, SheetDetail, { signal })));
}

/** The producer's registry type ("cooperative", "enterprise"…), which the sheet's legal-form options follow. */
export function useProducerType(producerId: number | undefined) {
  const producer = useResource(`producer-type:${producerId ?? ''}`, (signal) =>
    producerId === undefined ? Promise.resolve(undefined) : api(`/producers/${producerId}`, ProducerRecord, { signal }),
  );
  return producer.data?.type ?? null;
}

type Request = { dossier: Pick<Dossier, 'scoreVersion' | 'setNumber'> | undefined; answers: Answers; complete: boolean; producerType: string | null; providerCase: number | null; target: string };

/** POST /scoring/gap for a complete sheet: the classification and the cheapest way to the next (or chosen) star. */
export function useGap({ dossier, answers, complete, producerType, providerCase, target }: Request) {
  const body =
    dossier === undefined || !complete
      ? null
      : {
          setNumber: dossier.setNumber,
          legalVersion: dossier.scoreVersion,
          answers,
          ...(producerType === null ? {} : { producerType }),
          ...(providerCase === 1 || providerCase === 2 ? { case: providerCase } : {}),
          ...(target === '' ? {} : { targetStar: Number(target) }),
        };
  // One request per pause between clicks, not one per click.
  const key = useDebounced(JSON.stringify(body), 250);
  return useResource(`gap:${key}`, (signal) => {
    const settled: unknown = JSON.parse(key);
    return settled === null ? Promise.resolve(undefined) : api('/scoring/gap', UpgradePlan, { method: 'POST', body: settled, signal });
  });
}
