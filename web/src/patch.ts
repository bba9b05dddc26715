/**
 * The fields of `after` that differ from `before`. Only what changed goes into a PATCH, so the
 * audit log shows what the editor meant to change, and lists the server replaces whole (product
 * certificates, sales points) are sent only when edited.
 */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(value) !== JSON.stringify(before[key])) patch[key] = value;
  }
  return patch;
}
