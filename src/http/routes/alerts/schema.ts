import { PageQuery } from '../../../services/paging.js';
import { AlertListQuery } from '../../../services/scans/alert-output.js';

export { AlertAckInput, AlertNoteInput, AlertOutput } from '../../../services/scans/alert-output.js';

export const AlertListInput = PageQuery.extend(AlertListQuery.shape);
