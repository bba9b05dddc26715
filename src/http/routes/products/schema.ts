import { z } from 'zod';
import { PageQuery } from '../../../services/paging.js';
import { ProductQuery } from '../../../services/products/product-filter.js';
import { ProductOutput } from '../../../services/products/product-output.js';

export { CreateProductInput, UpdateProductInput } from '../../../services/products/product-input.js';
export { CatalogueOutput } from '../../../services/products/catalogue-view.js';
export { ImageOutput, ProductOutput } from '../../../services/products/product-output.js';

export const ProductListInput = PageQuery.extend(ProductQuery.shape);
export const ProductExportInput = ProductQuery;
export const ProductListItemOutput = ProductOutput.extend({ producerName: z.string(), unitId: z.string().describe("the producer's unit") });

export const ImageParams = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  imageId: z.coerce.number().int().positive().max(2_147_483_647),
});
export const ThumbnailParams = ImageParams.extend({ size: z.enum(['320', '1024']).describe('thumbnail width in pixels (WebP)') });
