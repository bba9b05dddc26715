/**
 * Which producers' records an actor may see, as plain data the repositories turn into SQL:
 * everything, producers located in a set of units, one producer, or nothing.
 */
export type ProducerScope =
  | { kind: 'all' }
  | { kind: 'units'; unitIds: string[] }
  | { kind: 'producer'; producerId: number }
  | { kind: 'none' };

export function scopeAllows(scope: ProducerScope, producer: { id: number; unit_id: string }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'units':
      return scope.unitIds.includes(producer.unit_id);
    case 'producer':
      return scope.producerId === producer.id;
    case 'none':
      return false;
  }
}
