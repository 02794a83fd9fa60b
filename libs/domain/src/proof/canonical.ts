/**
 * The canonical form of an action log entry that its hash covers: a JSON array of
 * [field, value] pairs in a fixed order, so the same content always gives the same bytes
 * whatever order an object's keys come in. Hashing itself (SHA-256) happens in the API.
 */
export interface ActionEntryContent {
  organisationId: string;
  sequence: number;
  commitmentId: string;
  occurredOn: string;
  whatWasDone: string;
  withWhom: string | null;
  evidenceIds: readonly string[];
  observedEffect: string | null;
  nextStep: string | null;
  amendsId: string | null;
  authorUserId: string | null;
  authorName: string;
  /** ISO 8601 with milliseconds, UTC. */
  recordedAt: string;
  prevHash: string;
}

/** Version of the canonical form; part of the hashed bytes so a future change is explicit. */
export const ACTION_CHAIN_VERSION = 1;

/** The prevHash of an organisation's first entry. */
export const ACTION_CHAIN_GENESIS = '0'.repeat(64);

export const ACTION_ENTRY_FIELDS = [
  'organisationId',
  'sequence',
  'commitmentId',
  'occurredOn',
  'whatWasDone',
  'withWhom',
  'evidenceIds',
  'observedEffect',
  'nextStep',
  'amendsId',
  'authorUserId',
  'authorName',
  'recordedAt',
  'prevHash',
] as const satisfies ReadonlyArray<keyof ActionEntryContent>;

export function canonicalActionEntry(entry: ActionEntryContent): string {
  const pairs: Array<[string, unknown]> = [['v', ACTION_CHAIN_VERSION]];
  for (const field of ACTION_ENTRY_FIELDS) {
    const value = entry[field];
    pairs.push([
      field,
      field === 'evidenceIds'
        ? [...(value as readonly string[])].map((id) => id.toLowerCase()).sort()
        : (value ?? null),
    ]);
  }
  return JSON.stringify(pairs);
}
