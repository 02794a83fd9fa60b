import { ACTION_CHAIN_GENESIS, canonicalActionEntry } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { ChainVerifier, contentOf, hashActionEntry, type StoredActionEntry } from './action-chain';

const ORG = '00000000-0000-4000-8000-000000000001';
const COMMITMENT = '00000000-0000-4000-8000-000000000002';

function chain(count: number): StoredActionEntry[] {
  const entries: StoredActionEntry[] = [];
  let prevHash = ACTION_CHAIN_GENESIS;
  for (let i = 1; i <= count; i += 1) {
    const entry = {
      id: `00000000-0000-4000-8000-00000000010${i}`,
      organisationId: ORG,
      sequence: i,
      commitmentId: COMMITMENT,
      occurredOn: `2025-05-0${i}`,
      whatWasDone: `Step ${i}`,
      withWhom: i % 2 ? 'Year 5, Hill Street Primary' : null,
      evidenceIds: [],
      observedEffect: null,
      nextStep: null,
      amendsId: null,
      authorUserId: null,
      authorName: 'Ada Officer',
      recordedAt: new Date(Date.UTC(2025, 4, i, 10, 0, 0, 123)),
      prevHash,
      hash: '',
    };
    entry.hash = hashActionEntry(contentOf(entry));
    prevHash = entry.hash;
    entries.push(entry);
  }
  return entries;
}

function verify(entries: StoredActionEntry[]) {
  const verifier = new ChainVerifier();
  for (const entry of entries) if (!verifier.check(entry)) break;
  return verifier;
}

describe('canonicalActionEntry', () => {
  it('is the same whatever order the fields and evidence ids come in', () => {
    const [entry] = chain(1);
    const a = contentOf({
      ...entry!,
      evidenceIds: ['B0000000-0000-4000-8000-000000000000', 'a0000000-0000-4000-8000-000000000000'],
    });
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    const b = {
      ...reordered,
      evidenceIds: ['a0000000-0000-4000-8000-000000000000', 'b0000000-0000-4000-8000-000000000000'],
    };
    expect(canonicalActionEntry(a)).toBe(canonicalActionEntry(b));
    expect(hashActionEntry(a)).toBe(hashActionEntry(b));
  });

  it('starts with the version and keeps a fixed field order', () => {
    const [entry] = chain(1);
    const text = canonicalActionEntry(contentOf(entry!));
    expect(text.startsWith('[["v",1],["organisationId","')).toBe(true);
    expect(text.indexOf('"prevHash"')).toBeGreaterThan(text.indexOf('"recordedAt"'));
  });

  it('changes the hash when any one field changes', () => {
    const [entry] = chain(1);
    const base = hashActionEntry(contentOf(entry!));
    expect(hashActionEntry(contentOf({ ...entry!, whatWasDone: 'Step 1.' }))).not.toBe(base);
    expect(hashActionEntry(contentOf({ ...entry!, sequence: 2 }))).not.toBe(base);
    expect(hashActionEntry(contentOf({ ...entry!, withWhom: null }))).not.toBe(base);
    expect(hashActionEntry(contentOf({ ...entry!, prevHash: 'f'.repeat(64) }))).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('ChainVerifier', () => {
  it('passes an intact chain and counts every entry', () => {
    const verifier = verify(chain(4));
    expect(verifier.firstBreak).toBeNull();
    expect(verifier.checked).toBe(4);
  });

  it('names an entry whose content was changed', () => {
    const entries = chain(4);
    entries[2] = { ...entries[2]!, whatWasDone: 'Something else' };
    expect(verify(entries).firstBreak).toEqual({
      sequence: 3,
      entryId: entries[2].id,
      reason: 'CONTENT_CHANGED',
    });
  });

  it('names the entry after one that was rewritten with a fresh hash', () => {
    const entries = chain(4);
    const forged = { ...entries[1]!, whatWasDone: 'Forged' };
    forged.hash = hashActionEntry(contentOf(forged));
    entries[1] = forged;
    expect(verify(entries).firstBreak).toMatchObject({ sequence: 3, reason: 'CHAIN_BROKEN' });
  });

  it('names the entry after a deleted one', () => {
    const entries = chain(4);
    entries.splice(1, 1);
    expect(verify(entries).firstBreak).toMatchObject({ sequence: 3, reason: 'SEQUENCE_GAP' });
  });
});
