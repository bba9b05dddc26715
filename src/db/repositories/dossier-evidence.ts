import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DossierEvidenceTable } from '../schema-evaluation.js';
import type { DB } from '../schema.js';

export type EvidenceRow = Selectable<DossierEvidenceTable> & { uploaded_by_username: string | null };

function joined(db: Kysely<DB>) {
  return db.selectFrom('dossier_evidence').leftJoin('app_user', 'app_user.id', 'dossier_evidence.uploaded_by')
    .selectAll('dossier_evidence').select('app_user.username as uploaded_by_username');
}

export async function insertEvidence(db: Kysely<DB>, rows: Insertable<DossierEvidenceTable>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const r = await db.insertInto('dossier_evidence').values(rows).returning('id').execute();
  return r.map((x) => x.id);
}

export async function evidenceOfDossier(db: Kysely<DB>, dossierId: number): Promise<EvidenceRow[]> {
  return joined(db).where('dossier_evidence.dossier_id', '=', dossierId).orderBy('dossier_evidence.id').execute();
}

export async function findEvidence(db: Kysely<DB>, dossierId: number, evidenceId: number): Promise<EvidenceRow | undefined> {
  return joined(db).where('dossier_evidence.dossier_id', '=', dossierId).where('dossier_evidence.id', '=', evidenceId).executeTakeFirst();
}

export async function deleteEvidenceRow(db: Kysely<DB>, evidenceId: number): Promise<void> {
  await db.deleteFrom('dossier_evidence').where('id', '=', evidenceId).execute();
}

/** Whether any other row still points at a stored file (reused evidence shares the original's file). */
export async function fileKeyInUse(db: Kysely<DB>, fileKey: string): Promise<boolean> {
  const r = await db.selectFrom('dossier_evidence').select('id').where('file_key', '=', fileKey).limit(1).executeTakeFirst();
  return r !== undefined;
}
