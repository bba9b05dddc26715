import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../../services/context.js';
import { classifyProduct } from '../../../services/scoring/classify-product.js';
import { getScoreSheet, listScoreSheets } from '../../../services/scoring/list-score-sheets.js';
import { planStarUpgrade } from '../../../services/scoring/plan-star-upgrade.js';
import { problems } from '../../schemas.js';
import { ClassificationOutput, ClassifyInput, SheetDetailOutput, SheetParams, SheetSummaryOutput, UpgradeInput, UpgradeOutput } from './schema.js';

// Score sheets and classification are public reference computations: no sign-in, nothing stored.
export const scoringRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/scoring/sheets', {
    schema: { tags: ['scoring'], summary: 'Score sheets of every legal version (version, set number, name)', response: { 200: z.object({ items: z.array(SheetSummaryOutput) }) } },
  }, async () => ({ items: listScoreSheets(ctx) }));

  app.get('/scoring/sheets/:version/:set', {
    schema: { tags: ['scoring'], summary: 'One whole score sheet, with the star bands, for a self-assessment form', params: SheetParams, response: { 200: SheetDetailOutput, ...problems(400, 404) } },
  }, async (request) => getScoreSheet({ version: request.params.version, setNumber: request.params.set }));

  app.post('/scoring/classify', {
    schema: { tags: ['scoring'], summary: 'Classify a product from its answers: totals, band, markers missed, star earned', body: ClassifyInput, response: { 200: ClassificationOutput, ...problems(400, 422) } },
  }, async (request) => classifyProduct(ctx, { input: request.body }));

  app.post('/scoring/gap', {
    schema: { tags: ['scoring'], summary: 'Gap analysis: the fewest-points improvements that reach the next star', body: UpgradeInput, response: { 200: UpgradeOutput, ...problems(400, 422) } },
  }, async (request) => planStarUpgrade(ctx, { input: request.body }));
};
