import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type CertificationRules, checkCertificationRules } from '../../domain/evaluation/certification-rules.js';
import type { CouncilRules } from '../../domain/evaluation/council-scoring.js';
import { type DossierWorkflow, checkWorkflow } from '../../domain/evaluation/dossier-states.js';
import { type Versioned, versionInForce } from '../../domain/evaluation/types.js';
import { CertificationFileSchema, CouncilFileSchema, WorkflowFileSchema } from './schema.js';

// The evaluation rules officials change (the dossier workflow, the council's Quy chế, the
// certification periods and windows) are reviewed JSON files, checked on load by shape (zod)
// and by the domain's consistency checks: a bad hand edit stops the program with the offending
// path instead of letting a dossier take a step the rules do not allow.
// Read with fs rather than JSON imports so this works the same under tsx, vitest and node.

const file = (name: string): URL => new URL(`./${name}`, import.meta.url);

function parseWith<T>(schema: z.ZodType<T>, raw: unknown, name: string): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`Invalid ${name}:\n${z.prettifyError(result.error)}`);
  return result.data;
}

function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8'));
}

function checkVersionDates(versions: readonly Versioned[], name: string): void {
  const ids = versions.map((v) => v.id);
  if (new Set(ids).size !== ids.length) throw new Error(`Invalid ${name}: two versions share an id`);
  for (const v of versions) {
    if (v.replacedOn !== null && v.replacedOn <= v.effectiveFrom) throw new Error(`Invalid ${name}: ${v.id} is replaced before it takes effect`);
  }
}

export function parseWorkflowFile(raw: unknown, name = 'dossier-workflow.json'): readonly DossierWorkflow[] {
  const { versions } = parseWith(WorkflowFileSchema, raw, name);
  checkVersionDates(versions, name);
  for (const v of versions) {
    const problems = checkWorkflow(v);
    if (problems.length > 0) throw new Error(`Invalid ${name} (${v.id}):\n${problems.join('\n')}`);
  }
  return versions;
}

export function parseCouncilFile(raw: unknown, name = 'council.json'): readonly CouncilRules[] {
  const { versions } = parseWith(CouncilFileSchema, raw, name);
  checkVersionDates(versions, name);
  return versions;
}

export function parseCertificationFile(raw: unknown, name = 'certification.json'): CertificationRules {
  const rules = parseWith(CertificationFileSchema, raw, name);
  checkVersionDates(rules.versions, name);
  const problems = checkCertificationRules(rules);
  if (problems.length > 0) throw new Error(`Invalid ${name}:\n${problems.join('\n')}`);
  return rules;
}

let workflows: readonly DossierWorkflow[] | undefined;
let councils: readonly CouncilRules[] | undefined;
let certification: CertificationRules | undefined;

/** Every version of the bundled dossier workflow, loaded and checked on first use. */
export function dossierWorkflows(): readonly DossierWorkflow[] {
  workflows ??= parseWorkflowFile(readJson(file('dossier-workflow.json')));
  return workflows;
}

export function councilRuleVersions(): readonly CouncilRules[] {
  councils ??= parseCouncilFile(readJson(file('council.json')));
  return councils;
}

export function certificationRules(): CertificationRules {
  certification ??= parseCertificationFile(readJson(file('certification.json')));
  return certification;
}

function inForce<V extends Versioned>(versions: readonly V[], date: string, name: string): V {
  const v = versionInForce(versions, date);
  if (v === undefined) throw new RangeError(`no ${name} version is in force on ${date}`);
  return v;
}

/** The workflow a dossier filed (or created) on this date follows. */
export function dossierWorkflowOn(date: string): DossierWorkflow {
  return inForce(dossierWorkflows(), date, 'dossier workflow');
}

/** The council rules for a session held on this date. */
export function councilRulesOn(date: string): CouncilRules {
  return inForce(councilRuleVersions(), date, 'council rules');
}
