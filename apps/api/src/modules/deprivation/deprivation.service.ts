import { postcodeSchema, type DeprivationIndex } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DeprivationRepository, type PostcodeDecile } from './deprivation.repository';

/** Canonical form of a UK postcode, or null when it is not one. */
export function canonicalPostcode(value: string | null | undefined): string | null {
  if (!value) return null;
  const parsed = postcodeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export interface Rederived {
  indexVersion: DeprivationIndex | null;
  partners: number;
  sessions: number;
}

/**
 * Postcode -> decile with its index version, for sessions and partners. All deciles
 * returned by one call come from the same index version, so they can share a figure.
 *
 * Stored deciles (partners, sessions) always come from the organisation's active index:
 * loading, deleting or choosing an index re-derives them all in its transaction. A
 * transaction that stores a decile it looked up should call `holdIndex` first, so that no
 * switch of index can commit between the look-up and the write.
 */
@Injectable()
export class DeprivationService {
  constructor(private readonly repository: DeprivationRepository) {}

  async decilesFor(
    organisationId: string,
    postcodes: readonly (string | null | undefined)[],
    em?: EntityManager,
  ): Promise<Map<string, PostcodeDecile>> {
    const canonical = postcodes.flatMap((p) => {
      const c = canonicalPostcode(p);
      return c ? [c] : [];
    });
    if (!canonical.length) return new Map();
    const index = await this.repository.activeIndex(organisationId, em);
    if (!index) return new Map();
    return this.repository.decilesFor(organisationId, index, canonical, em);
  }

  async decileFor(
    organisationId: string,
    postcode: string | null | undefined,
    em?: EntityManager,
  ): Promise<PostcodeDecile | null> {
    const canonical = canonicalPostcode(postcode);
    if (!canonical) return null;
    return (await this.decilesFor(organisationId, [canonical], em)).get(canonical) ?? null;
  }

  /** The index deciles are taken from: the chosen one, else the latest loaded; null if none. */
  activeIndex(organisationId: string, em?: EntityManager): Promise<DeprivationIndex | null> {
    return this.repository.activeIndex(organisationId, em);
  }

  /**
   * Call first in a transaction that stores deciles it looked up (shared lock, released at
   * commit): a load, delete or switch of index waits for it, and it waits for them.
   */
  holdIndex(organisationId: string, em: EntityManager): Promise<void> {
    return this.repository.holdDerivation(organisationId, em);
  }

  /**
   * Re-derives the deciles of sessions linked to a partner (after the partner's postcode or
   * name changed): the outreach postcode's decile, else the first partner's by name with one.
   */
  async rederiveSessionsOfPartner(
    organisationId: string,
    partnerId: string,
    em: EntityManager,
  ): Promise<number> {
    const index = await this.repository.activeIndex(organisationId, em);
    return this.repository.rederiveSessions(organisationId, index, em, {
      sessionsOfPartnerId: partnerId,
    });
  }

  /**
   * Re-derives every partner's and session's decile from the active index (clears them
   * when there is none). SQL updates; the caller holds the exclusive lock.
   */
  async rederiveAll(organisationId: string, em: EntityManager): Promise<Rederived> {
    const index = await this.repository.activeIndex(organisationId, em);
    const partners = await this.repository.rederivePartners(organisationId, index, em);
    const sessions = await this.repository.rederiveSessions(organisationId, index, em);
    return { indexVersion: index, partners, sessions };
  }
}
