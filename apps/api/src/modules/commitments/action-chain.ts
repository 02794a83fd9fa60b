import { createHash } from 'node:crypto';
import {
  ACTION_CHAIN_GENESIS,
  canonicalActionEntry,
  type ActionEntryContent,
  type ActionLogBreak,
} from '@lantern/domain';

/** SHA-256 (hex) of an entry's canonical form: content, sequence and previous hash. */
export function hashActionEntry(content: ActionEntryContent): string {
  return createHash('sha256').update(canonicalActionEntry(content), 'utf8').digest('hex');
}

/** The stored columns of an entry that its hash covers. */
export interface StoredActionEntry {
  id: string;
  organisationId: string;
  sequence: number;
  commitmentId: string;
  occurredOn: string;
  whatWasDone: string;
  withWhom: string | null;
  evidenceIds: string[];
  observedEffect: string | null;
  nextStep: string | null;
  amendsId: string | null;
  authorUserId: string | null;
  authorName: string;
  recordedAt: Date;
  prevHash: string;
  hash: string;
}

export function contentOf(entry: Omit<StoredActionEntry, 'id' | 'hash'>): ActionEntryContent {
  return {
    organisationId: entry.organisationId,
    sequence: entry.sequence,
    commitmentId: entry.commitmentId,
    occurredOn: entry.occurredOn,
    whatWasDone: entry.whatWasDone,
    withWhom: entry.withWhom,
    evidenceIds: entry.evidenceIds,
    observedEffect: entry.observedEffect,
    nextStep: entry.nextStep,
    amendsId: entry.amendsId,
    authorUserId: entry.authorUserId,
    authorName: entry.authorName,
    recordedAt: entry.recordedAt.toISOString(),
    prevHash: entry.prevHash,
  };
}

export interface ChainBreak {
  sequence: number;
  entryId: string;
  reason: ActionLogBreak;
}

/**
 * Walks an organisation's entries in sequence order: each must carry the next sequence number,
 * point at the previous entry's stored hash (the first at the genesis value) and hash to its
 * own stored hash. Feed it batches; it stops at the first break.
 */
export class ChainVerifier {
  private expected = 1;
  private previousHash = ACTION_CHAIN_GENESIS;
  checked = 0;
  firstBreak: ChainBreak | null = null;

  /** Checks one entry; false once the chain is broken (stop feeding it). */
  check(entry: StoredActionEntry): boolean {
    if (this.firstBreak) return false;
    const at = { sequence: entry.sequence, entryId: entry.id };
    this.checked += 1;
    if (entry.sequence !== this.expected) {
      this.firstBreak = { ...at, reason: 'SEQUENCE_GAP' };
    } else if (entry.prevHash !== this.previousHash) {
      this.firstBreak = { ...at, reason: 'CHAIN_BROKEN' };
    } else if (hashActionEntry(contentOf(entry)) !== entry.hash) {
      this.firstBreak = { ...at, reason: 'CONTENT_CHANGED' };
    }
    if (this.firstBreak) return false;
    this.expected += 1;
    this.previousHash = entry.hash;
    return true;
  }
}
