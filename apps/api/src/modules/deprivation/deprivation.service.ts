import { postcodeSchema } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DeprivationRepository, type PostcodeDecile } from './deprivation.repository';

/** Canonical form of a UK postcode, or null when it is not one. */
export function canonicalPostcode(value: string | null | undefined): string | null {
  if (!value) return null;
  const parsed = postcodeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Postcode -> decile with its index version, for sessions and partners. All deciles
 * returned by one call come from the same index version, so they can share a figure.
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
}
