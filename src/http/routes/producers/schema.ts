import { z } from 'zod';
import { ProducerQuery } from '../../../services/producers/producer-filter.js';
import { PageQuery } from '../../../services/paging.js';

export { CreateProducerInput, ProducerOutput, UpdateProducerInput } from '../../../services/producers/producer-input.js';

export const ProducerListInput = PageQuery.extend(ProducerQuery.shape);
export const ProducerExportInput = ProducerQuery;

export const MemberOutput = z.object({
  id: z.number().int(), username: z.string(), displayName: z.string(), email: z.string().nullable(), active: z.boolean(), createdAt: z.string(),
});
export const MembersOutput = z.object({ items: z.array(MemberOutput) });
