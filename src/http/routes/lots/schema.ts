import { PageQuery } from '../../../services/paging.js';
import { LotListQuery } from '../../../services/stamps/lot-input.js';

export { CreateLotInput, StampSelectionInput } from '../../../services/stamps/lot-input.js';
export { BindOutput, LotOutput } from '../../../services/stamps/lot-output.js';

export const LotListInput = PageQuery.extend(LotListQuery.shape);
