// Generates the demo OCOP register of Quảng Ninh, src/rules/demo/register.json: about 250
// fictitious producers and 445 products (326 three-star, 103 four-star, 8 five-star, 8 not yet
// certified), deterministic from a fixed seed. See src/rules/demo/README.md.
//
//   npx tsx scripts/build-demo-register.ts
//
// Data tables (places, names, product templates) live in scripts/demo-register/.
import { writeFileSync } from 'node:fs';
import { productCounts } from './demo-register/allocate.js';
import { certificatesFor } from './demo-register/certificates.js';
import { assignGtins } from './demo-register/gtins.js';
import { readInputs, type Inputs } from './demo-register/inputs.js';
import { buildMakers, TOTAL_PRODUCERS } from './demo-register/makers.js';
import { planProducts } from './demo-register/plans.js';
import { mulberry32 } from './demo-register/prng.js';
import { renderProduct, type NameBook } from './demo-register/products.js';
import { rate } from './demo-register/ratings.js';
import { salesPointsFor } from './demo-register/sales-points.js';
import type { Product, Register } from './demo-register/types.js';

const ROOT = new URL('../', import.meta.url);
const OUTPUT = new URL('src/rules/demo/register.json', ROOT);
const SEED = 20250701;
const TOTAL_PRODUCTS = 445;
const MAX_PRODUCTS_PER_PRODUCER = 4;

const NOTE =
  'DEMO DATA — invented register for trying the platform: the producers, people, identifiers, certificates and figures are ' +
  'fictitious (names end with "(dữ liệu mẫu)"); products follow Quảng Ninh\'s real specialities, and the star counts ' +
  "reproduce the province's 2025 totals (326 three-star, 103 four-star, 8 five-star). Regenerate with " +
  '`npx tsx scripts/build-demo-register.ts`.';

function buildRegister(inputs: Inputs): Register {
  const rng = mulberry32(SEED);
  const makers = buildMakers(rng, inputs);
  if (makers.length !== TOTAL_PRODUCERS) throw new Error(`expected ${TOTAL_PRODUCERS} producers, built ${makers.length}`);
  const counts = productCounts(rng, makers.map((m) => m.producer.type), TOTAL_PRODUCTS, MAX_PRODUCTS_PER_PRODUCER);
  const plans = planProducts(rng, makers, counts, new Set(inputs.foundation.map((f) => f.key)));
  const ratings = rate(rng, plans);
  const gtins = assignGtins(rng, plans);
  const book: NameBook = { owners: new Map(), names: new Set() };
  const products: Product[] = plans.map((plan, i) => {
    const rating = ratings[i];
    if (rating === undefined) throw new Error(`no rating for product ${i}`);
    const extras = {
      gtin: gtins[i] ?? null,
      salesPoints: salesPointsFor(rng, plan),
      qualityCertificates: certificatesFor(rng, plan, rating, inputs.sets.get(plan.template.setNumber)),
    };
    return renderProduct(rng, plan, rating, extras, book);
  });
  return { note: NOTE, seed: SEED, generatedBy: 'scripts/build-demo-register.ts', producers: makers.map((m) => m.producer), products };
}

function main(): void {
  const register = buildRegister(readInputs(ROOT));
  writeFileSync(OUTPUT, `${JSON.stringify(register, null, 2)}\n`);
  console.log(`wrote ${OUTPUT.pathname}: ${register.producers.length} producers, ${register.products.length} products`);
}

main();
