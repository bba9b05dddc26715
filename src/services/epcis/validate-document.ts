import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { loadEpcisJsonSchema } from '../../rules/epcis/index.js';
import type { FieldIssue } from '../errors.js';

// Validation of EPCIS documents against GS1's JSON Schema (src/rules/epcis), with each problem
// reported at the JSON path of the offending value, e.g. `body.epcisBody.eventList[2].eventTime`.
// The schema is compiled once, on first use (~0.4 s).

// ajv-formats is CommonJS: under NodeNext the default import is module.exports, whose `default`
// property is the plugin itself.
const addFormats = addFormatsModule.default;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled === undefined) {
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    compiled = ajv.compile(loadEpcisJsonSchema());
  }
  return compiled;
}

/** `/epcisBody/eventList/2/eventTime` → `body.epcisBody.eventList[2].eventTime`. */
export function jsonPath(root: string, pointer: string): string {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).reduce(
    (path, seg) => (/^\d+$/.test(seg) ? `${path}[${seg}]` : `${path}.${seg}`),
    root,
  );
}

// Combinator failures ("must match then schema", "must match a schema in anyOf") only repeat what
// the errors inside them say; they are reported only when nothing more precise was found.
const WRAPPERS = new Set(['if', 'then', 'else', 'anyOf', 'oneOf', 'allOf', 'not']);

function issueOf(e: ErrorObject, root: string): FieldIssue {
  const missing = e.keyword === 'required' && typeof e.params.missingProperty === 'string' ? `/${e.params.missingProperty}` : '';
  const name = e.keyword === 'propertyNames' && typeof e.params.propertyName === 'string' ? `/${e.params.propertyName}` : '';
  const allowed = e.keyword === 'enum' && Array.isArray(e.params.allowedValues) && e.params.allowedValues.length <= 12
    ? `: ${e.params.allowedValues.join(', ')}` : '';
  return { path: jsonPath(root, `${e.instancePath}${missing}${name}`), message: `${e.message ?? 'is not valid'}${allowed}` };
}

const MAX_ISSUES = 20;

/** The schema problems of a document (empty when valid), most precise first, deduplicated. */
export function validateEpcisDocument(document: unknown, root = 'body'): FieldIssue[] {
  const validate = validator();
  if (validate(document)) return [];
  const errors = validate.errors ?? [];
  const precise = errors.filter((e) => !WRAPPERS.has(e.keyword) && e.keyword !== 'propertyNames');
  const named = errors.filter((e) => e.keyword === 'propertyNames');
  const chosen = precise.length > 0 ? precise : named.length > 0 ? named : errors;
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  // Deepest paths first: they name the value to fix rather than the object holding it.
  for (const e of [...chosen].sort((a, b) => b.instancePath.length - a.instancePath.length)) {
    const issue = issueOf(e, root);
    const key = `${issue.path} ${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
    if (issues.length >= MAX_ISSUES) break;
  }
  return issues;
}
