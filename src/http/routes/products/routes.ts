import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { pageOutput } from '../../../services/paging.js';
import { catalogueView } from '../../../services/products/catalogue-view.js';
import { createProduct } from '../../../services/products/create-product.js';
import { deleteProduct } from '../../../services/products/delete-product.js';
import { getProduct } from '../../../services/products/get-product.js';
import { listProducts } from '../../../services/products/list-products.js';
import { updateProduct } from '../../../services/products/update-product.js';
import { prepareProductExport } from '../../../services/registry-io/export-registry.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { sendExport } from '../registry-io/export-reply.js';
import { productImageRoutes } from './images.js';
import { CatalogueOutput, CreateProductInput, ProductExportInput, ProductListInput, ProductListItemOutput, ProductOutput, UpdateProductInput } from './schema.js';

const tags = ['products'];

export const productRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  // The national product catalogue is public reference data.
  app.get('/catalogue', {
    schema: { tags: ['catalogue'], summary: 'Product catalogue: sectors → groups → product sets (with managing ministries)', response: { 200: CatalogueOutput } },
  }, async () => catalogueView());

  app.get('/products', {
    schema: { tags, summary: 'Products of the producers visible to the caller, searchable and filterable', querystring: ProductListInput, response: { 200: pageOutput(ProductListItemOutput), ...problems(400, 401) } },
  }, async (request) => {
    const { page, pageSize, ...query } = request.query;
    return listProducts(ctx, { actor: requireActor(request), query, page: { page, pageSize } });
  });

  for (const format of ['xlsx', 'csv'] as const) {
    app.get(`/products.${format}`, {
      schema: { tags, summary: `Export the filtered product list as .${format} (import layout)`, querystring: ProductExportInput, response: problems(400, 401) },
    }, async (request, reply) => sendExport(reply, await prepareProductExport(ctx, { actor: requireActor(request), query: request.query, format })));
  }

  app.get('/products/:id', {
    schema: { tags, summary: 'One product with its classification, certificates, sales points and images', params: IdParams, response: { 200: ProductOutput, ...problems(400, 401, 404) } },
  }, async (request) => getProduct(ctx, { actor: requireActor(request), productId: request.params.id }));

  app.post('/products', {
    schema: { tags, summary: "Register a product of a producer the caller may edit", body: CreateProductInput, response: { 201: ProductOutput, ...problems(400, 401, 403, 409, 422) } },
  }, async (request, reply) => reply.code(201).send(await createProduct(ctx, { actor: requireActor(request), input: request.body })));

  app.patch('/products/:id', {
    schema: { tags, summary: 'Edit a product; certificates and salesPoints, when sent, replace the lists', params: IdParams, body: UpdateProductInput, response: { 200: ProductOutput, ...problems(400, 401, 403, 404, 409, 422) } },
  }, async (request) => updateProduct(ctx, { actor: requireActor(request), productId: request.params.id, input: request.body }));

  app.delete('/products/:id', {
    schema: { tags, summary: 'Remove a product (once submitted, province staff only)', params: IdParams, response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    await deleteProduct(ctx, { actor: requireActor(request), productId: request.params.id });
    return reply.code(204).send(null);
  });

  await app.register(productImageRoutes, { ctx });
};
