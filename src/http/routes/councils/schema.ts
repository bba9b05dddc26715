export { CouncilListQuery, CreateCouncilInput, UpdateCouncilInput } from '../../../services/councils/council-input.js';
export { CouncilOutput } from '../../../services/councils/council-output.js';
