import type { Readable } from 'node:stream';
import { DEPRIVATION_INDEXES, postcodeSchema, type DeprivationIndex } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { OrgActor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { BadUserInputError, NotFoundError } from '../../platform/graphql/app-errors';
import { parseInput } from '../../platform/graphql/parse-input';
import { AuditService, auditedBy, diff } from '../audit/audit.service';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import type { DeprivationLookupVersionEntity } from './deprivation-lookup.entity';
import { DeprivationRepository, type PostcodeLookup } from './deprivation.repository';
import { DeprivationService, type Rederived } from './deprivation.service';
import {
  LOOKUP_ERRORS_LISTED,
  LookupRowsError,
  stageLookupFile,
  type RowError,
} from './lookup-stream';

export interface LookupVersion {
  version: DeprivationLookupVersionEntity;
  active: boolean;
}

/** What a successful upload answers. */
export interface LoadedLookup {
  indexVersion: DeprivationIndex;
  rowCount: number;
  sourceFilename: string | null;
  loadedAt: string;
  /** Whether deciles now come from this version; if so, partners and sessions were re-derived. */
  active: boolean;
  partnersUpdated: number;
  sessionsUpdated: number;
  /** Rows the previous load of this version had (null when it is the first). */
  replacedRowCount: number | null;
}

/** Settings of the upload endpoint (LOOKUP_MAX_MB), a class so tests can change them. */
export class LookupUploadSettings {
  /** Largest file accepted; 2.7 million postcodes with three columns are about 60 MB. */
  maxBytes = 500 * 1024 * 1024;
}

const indexSchema = z.object({ indexVersion: z.enum(DEPRIVATION_INDEXES).nullish() });

/** "imd2025", "IMD 2025" -> IMD2025; anything else is not an index this app knows. */
export function parseIndexVersion(raw: string): DeprivationIndex {
  const key = raw.toUpperCase().replace(/[^A-Z0-9]+/g, '');
  const found = DEPRIVATION_INDEXES.find((index) => index === key);
  if (!found) {
    throw BadUserInputError.field(
      ['indexVersion'],
      `${raw.slice(0, 40)} is not an index version: use one of ${DEPRIVATION_INDEXES.join(', ')}`,
    );
  }
  return found;
}

/**
 * The museum's deprivation lookups: loading one (streamed through COPY, all or nothing),
 * listing, deleting and choosing the index deciles come from. Every change re-derives the
 * deciles of partners and sessions in the same transaction, and is audited.
 */
@Injectable()
export class DeprivationLookupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DeprivationRepository,
    private readonly deprivation: DeprivationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: OrgActor): Promise<LookupVersion[]> {
    const [versions, active] = await Promise.all([
      this.repository.versions(actor.organisationId),
      this.repository.activeIndex(actor.organisationId),
    ]);
    return versions.map((version) => ({ version, active: version.indexVersion === active }));
  }

  /** One postcode's decile in the active index; null when the lookup does not have it. */
  async check(actor: OrgActor, rawPostcode: unknown): Promise<PostcodeLookup | null> {
    const postcode = parseInput(postcodeSchema, rawPostcode, 'postcode');
    const index = await this.repository.activeIndex(actor.organisationId);
    return index ? this.repository.lookup(actor.organisationId, index, postcode) : null;
  }

  /**
   * Loads a lookup file for one index version, replacing an earlier load of that version.
   * Any bad row and nothing changes: LookupRowsError lists the first problems and the count.
   */
  async load(
    actor: OrgActor,
    indexVersion: DeprivationIndex,
    source: Readable,
    options: { sourceFilename: string | null; maxBytes: number },
  ): Promise<LoadedLookup> {
    const staging = await this.repository.openStaging();
    try {
      const file = await stageLookupFile(source, staging.copyIn(), indexVersion, options.maxBytes);
      if (file.errorCount === 0 && file.staged === 0) {
        throw BadUserInputError.field(['file'], 'The file has a header but no postcodes');
      }
      const em = staging.manager;
      if (file.errorCount > 0) {
        throw await this.rowsError(staging, file.errors, file.errorCount);
      }
      await this.repository.lockDerivation(actor.organisationId, em);
      const inserted = await staging.replace(actor.organisationId, indexVersion);
      if (inserted === null) throw await this.rowsError(staging, [], 0);

      const before = await this.repository.findVersion(actor.organisationId, indexVersion, em);
      const saved = await this.repository.saveVersion(
        {
          organisationId: actor.organisationId,
          indexVersion,
          rowCount: inserted,
          sourceFilename: options.sourceFilename,
          loadedByUserId: actor.userId,
          loadedAt: this.clock.now(),
        },
        em,
      );
      const active = (await this.repository.activeIndex(actor.organisationId, em)) === indexVersion;
      const rederived: Rederived = active
        ? await this.deprivation.rederiveAll(actor.organisationId, em)
        : { indexVersion, partners: 0, sessions: 0 };
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'deprivation_lookup.loaded',
        entityType: 'deprivation_lookup',
        entityId: saved.id,
        summary: `${actor.userName} loaded the ${indexVersion} lookup (${inserted.toLocaleString('en-GB')} postcodes${options.sourceFilename ? ` from ${options.sourceFilename}` : ''})${active ? `; ${rederived.partners} partners and ${rederived.sessions} sessions re-derived` : ''}`,
        changes: diff(
          before
            ? { indexVersion, rowCount: before.rowCount, sourceFilename: before.sourceFilename }
            : {},
          { indexVersion, rowCount: inserted, sourceFilename: options.sourceFilename },
        ),
      });
      await staging.commit();
      return {
        indexVersion,
        rowCount: inserted,
        sourceFilename: options.sourceFilename,
        loadedAt: saved.loadedAt.toISOString(),
        active,
        partnersUpdated: rederived.partners,
        sessionsUpdated: rederived.sessions,
        replacedRowCount: before?.rowCount ?? null,
      };
    } finally {
      await staging.rollback();
      await staging.release();
    }
  }

  /** Deletes a loaded version; deciles derived from it are re-derived (or cleared). */
  async remove(actor: OrgActor, rawInput: unknown): Promise<LookupVersion> {
    const { indexVersion } = parseInput(
      z.object({ indexVersion: z.enum(DEPRIVATION_INDEXES) }),
      rawInput,
    );
    return this.dataSource.transaction(async (em) => {
      await this.repository.lockDerivation(actor.organisationId, em);
      const version = await this.repository.findVersion(actor.organisationId, indexVersion, em);
      if (!version) throw new NotFoundError(`The ${indexVersion} lookup`);
      const wasActive =
        (await this.repository.activeIndex(actor.organisationId, em)) === indexVersion;
      const organisation = await this.repository.organisation(actor.organisationId, em);
      const wasChosen = organisation?.deprivationIndex === indexVersion;
      if (wasChosen) await this.repository.setChosenIndex(actor.organisationId, null, em);
      await this.repository.deleteVersion(actor.organisationId, indexVersion, em);
      const rederived = wasActive
        ? await this.deprivation.rederiveAll(actor.organisationId, em)
        : null;
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'deprivation_lookup.deleted',
        entityType: 'deprivation_lookup',
        entityId: version.id,
        summary: `${actor.userName} deleted the ${indexVersion} lookup${wasChosen ? ' (the chosen index; deciles now come from the latest loaded lookup)' : ''}${rederived ? `; ${rederived.partners} partners and ${rederived.sessions} sessions re-derived from ${rederived.indexVersion ?? 'no index'}` : ''}`,
        changes: diff(
          {
            indexVersion,
            rowCount: version.rowCount,
            sourceFilename: version.sourceFilename,
            ...(wasChosen ? { chosenIndex: indexVersion } : {}),
          },
          wasChosen ? { chosenIndex: null } : {},
        ),
      });
      return { version, active: wasActive };
    });
  }

  /** Chooses the index deciles come from (null: the latest loaded) and re-derives them. */
  async choose(actor: OrgActor, rawInput: unknown): Promise<OrganisationEntity> {
    const { indexVersion = null } = parseInput(indexSchema, rawInput);
    return this.dataSource.transaction(async (em) => {
      await this.repository.lockDerivation(actor.organisationId, em);
      const organisation = await this.repository.organisation(actor.organisationId, em);
      if (!organisation) throw new NotFoundError('Organisation');
      if (
        indexVersion &&
        !(await this.repository.findVersion(actor.organisationId, indexVersion, em))
      ) {
        throw BadUserInputError.field(
          ['input', 'indexVersion'],
          `Load the ${indexVersion} lookup before choosing it`,
        );
      }
      const before = organisation.deprivationIndex;
      if (before === indexVersion) return organisation;
      await this.repository.setChosenIndex(actor.organisationId, indexVersion, em);
      const rederived = await this.deprivation.rederiveAll(actor.organisationId, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'organisation.deprivation_index_chosen',
        entityType: 'organisation',
        entityId: actor.organisationId,
        summary: `${actor.userName} chose ${indexVersion ? indexVersion : 'the latest loaded lookup'} for deprivation deciles; ${rederived.partners} partners and ${rederived.sessions} sessions re-derived`,
        changes: diff({ deprivationIndex: before }, { deprivationIndex: indexVersion }),
      });
      const after = await this.repository.organisation(actor.organisationId, em);
      if (!after) throw new NotFoundError('Organisation');
      return after;
    });
  }

  /** Rolls back the load and explains every problem: the row ones and repeated postcodes. */
  private async rowsError(
    staging: Awaited<ReturnType<DeprivationRepository['openStaging']>>,
    rowErrors: RowError[],
    rowErrorCount: number,
  ): Promise<LookupRowsError> {
    const repeats = await staging.duplicates(LOOKUP_ERRORS_LISTED);
    const merged = [
      ...rowErrors,
      ...repeats.first.map((repeat): RowError => ({
        rowNumber: repeat.rowNumber,
        column: 'postcode',
        message: `${repeat.postcode} is repeated: it is already on row ${repeat.firstRowNumber}`,
      })),
    ]
      .sort((a, b) => a.rowNumber - b.rowNumber)
      .slice(0, LOOKUP_ERRORS_LISTED);
    return new LookupRowsError(merged, rowErrorCount + repeats.total);
  }
}
