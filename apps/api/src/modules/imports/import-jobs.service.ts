import { randomUUID } from 'node:crypto';
import {
  type AgeBand,
  type DeprivationIndex,
  type ColumnMapping,
  type ImportRowError,
  normaliseName,
  type NormalisedActivityRow,
  periodLockedMessage,
  toSavedMapping,
} from '@lantern/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { Clock } from '../../platform/clock/clock';
import { Storage, StoredFileNotFoundError } from '../../platform/storage/storage';
import { AuditService } from '../audit/audit.service';
import type { PostcodeDecile } from '../deprivation/deprivation.repository';
import { DeprivationService } from '../deprivation/deprivation.service';
import {
  lockCovering,
  PeriodLocksService,
  type LockedPeriod,
} from '../indicators/period-locks.service';
import type { ActivityImportEntity } from './activity-import.entity';
import {
  attendanceTotal,
  countNewPartners,
  guessSiteType,
  guessStrand,
  ImportAnalysis,
  isSiteVenue,
  type StoredRowError,
  timeOrderedUuid,
} from './import-analysis';
import {
  type AttendanceRow,
  ImportCommitRepository,
  type KnownPartner,
  type NewPartner,
  type NewProgramme,
  type NewSite,
  type SessionPartnerRow,
  type SessionRow,
} from './import-commit.repository';
import { FileChangedError, scanImportFile, type ScannedRow, sha256Of } from './import-file';
import type { ImportJobPayload } from './imports.queue';
import { ImportsRepository } from './imports.repository';
import { ImportFileError, type SheetFormat } from './readers';

/** Rows checked against the database for duplicates in one statement while validating. */
const VALIDATE_BATCH = 5000;
/** Rows inserted per statement while committing. */
const COMMIT_BATCH = 5000;
/** Look-ups by list (partners, fingerprints) are split into chunks of this many values. */
const LOOKUP_CHUNK = 5000;

/** A commit that found rows it cannot import: nothing is kept, the rows are listed. */
class RowErrorsFound extends Error {
  constructor(
    readonly errorCount: number,
    readonly errors: StoredRowError[],
  ) {
    super(
      `${errorCount === 1 ? 'One problem was' : `${errorCount} problems were`} found in the file while importing it: nothing was imported`,
    );
  }
}

/** Rows dated inside a locked period are refused, each with its row number and date column. */
function lockedRowCheck(
  locks: readonly LockedPeriod[],
  mapping: ColumnMapping,
): ((row: NormalisedActivityRow) => ImportRowError[]) | undefined {
  if (!locks.length) return undefined;
  const column = Object.entries(mapping).find(([, field]) => field === 'date')?.[0] ?? '';
  return (row) => {
    const lock = lockCovering(locks, row.date);
    return lock
      ? [
          {
            row: row.rowNumber,
            column,
            field: 'date',
            value: row.date,
            message: periodLockedMessage(lock.periodLabel),
          },
        ]
      : [];
  };
}

/** Problems a retry cannot fix: the step ends at once with this message. */
function terminalMessage(error: unknown): string | null {
  if (error instanceof ImportFileError) return error.message;
  if (error instanceof FileChangedError) return error.message;
  if (error instanceof RowErrorsFound) return error.message;
  if (error instanceof StoredFileNotFoundError) {
    return 'The uploaded file is no longer stored: upload it again';
  }
  // SQLSTATE class 22 (data exception) or 23 (integrity constraint violation), from a
  // statement (QueryFailedError) or from COPY (pg's DatabaseError, which has a severity): the same rows would fail
  // again.
  const sqlState =
    error instanceof QueryFailedError
      ? (error.driverError as { code?: unknown } | undefined)?.code
      : error instanceof Error && 'severity' in error && 'code' in error
        ? error.code
        : undefined;
  if (typeof sqlState === 'string' && /^2[23]/.test(sqlState)) {
    return `Nothing was imported: the database refused a row (${(error as Error).message})`;
  }
  return null;
}

/**
 * Worker side of imports: check a stored file (validate) and bring it in (commit). Both are
 * safe to run twice: they act only while the import is at the job's revision and in the
 * step's status, and a commit is one transaction that either happened or did not.
 */
@Injectable()
export class ImportJobsService {
  private readonly logger = new Logger(ImportJobsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportsRepository,
    private readonly bulk: ImportCommitRepository,
    private readonly storage: Storage,
    private readonly deprivation: DeprivationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly periodLocks: PeriodLocksService,
  ) {}

  // ---- validate ----------------------------------------------------------------------------

  async validate(payload: ImportJobPayload): Promise<void> {
    const { organisationId, importId, revision } = payload;
    const entity = await this.imports.findForJob(organisationId, importId, revision, 'VALIDATING');
    if (!entity) return; // overtaken, discarded or already done
    await this.imports.progress(organisationId, importId, revision, 0, null);

    const analysis = new ImportAnalysis();
    const duplicateHashes = new Set<string>();
    const previewHashes = new Set<string>();
    let processedRows = 0;
    try {
      await this.verifyFile(entity);
      const locks = await this.periodLocks.allLocks(this.dataSource.manager, organisationId);
      ({ processedRows } = await scanImportFile(await this.storage.get(entity.storageKey), {
        format: entity.format as SheetFormat,
        byteSize: entity.byteSize,
        mapping: entity.mapping,
        analysis,
        checkRow: lockedRowCheck(locks, entity.mapping),
        batchSize: VALIDATE_BATCH,
        onBatch: async (rows) => {
          for (const { hash } of analysis.preview) previewHashes.add(hash);
          const existing = await this.bulk.existingFingerprints(
            organisationId,
            rows.map((row) => row.hash),
          );
          analysis.duplicates += existing.size;
          for (const hash of existing) if (previewHashes.has(hash)) duplicateHashes.add(hash);
        },
        onProgress: (processed, estimate) =>
          this.imports.progress(organisationId, importId, revision, processed, estimate),
      }));
    } catch (error) {
      const message = terminalMessage(error);
      if (message === null) throw error;
      await this.imports.finishValidation(organisationId, importId, revision, {
        status: 'INVALID',
        processedRows,
        totalRows: processedRows,
        errorCount: analysis.errorCount,
        errors: analysis.errors,
        summary: null,
        preview: [],
        failureMessage: message,
      });
      return;
    }

    const counts = await this.newReferenceCounts(organisationId, analysis);
    const noSessions = analysis.errorCount === 0 && analysis.sessions === 0;
    await this.imports.finishValidation(organisationId, importId, revision, {
      status: analysis.errorCount > 0 || noSessions ? 'INVALID' : 'READY',
      processedRows,
      totalRows: processedRows,
      errorCount: analysis.errorCount,
      errors: analysis.errors,
      summary: analysis.summary(counts),
      preview: analysis.previewRows(duplicateHashes),
      failureMessage: noSessions
        ? 'The file has no sessions to import: every row below the headers is blank or a total'
        : null,
    });
  }

  /** What a commit would create, from what the museum already has. */
  private async newReferenceCounts(organisationId: string, analysis: ImportAnalysis) {
    const programmeKeys = new Set(
      (await this.bulk.programmes(organisationId)).map((p) => normaliseName(p.name)),
    );
    const siteKeys = new Set(
      (await this.bulk.sites(organisationId)).map((s) => normaliseName(s.name)),
    );
    const refs = [...analysis.partners.values()];
    const knownUrns = new Set<string>();
    const knownKeys = new Set<string>();
    const urns = [...new Set(refs.flatMap((ref) => (ref.urn ? [ref.urn] : [])))];
    const keys = [...new Set(refs.map((ref) => ref.key))];
    for (let i = 0; i < Math.max(urns.length, keys.length); i += LOOKUP_CHUNK) {
      const found = await this.bulk.partners(
        organisationId,
        urns.slice(i, i + LOOKUP_CHUNK),
        keys.slice(i, i + LOOKUP_CHUNK),
      );
      for (const partner of found) {
        if (partner.urn) knownUrns.add(partner.urn);
        knownKeys.add(partner.nameKey);
      }
    }
    return {
      newProgrammes: [...analysis.programmes.keys()].filter((key) => !programmeKeys.has(key))
        .length,
      newSites: [...analysis.venues.keys()].filter((key) => !siteKeys.has(key)).length,
      newPartners: countNewPartners(refs, knownUrns, knownKeys),
    };
  }

  private async verifyFile(entity: ActivityImportEntity): Promise<void> {
    const sha256 = await sha256Of(await this.storage.get(entity.storageKey));
    if (sha256 !== entity.fileSha256) throw new FileChangedError();
  }

  // ---- commit ------------------------------------------------------------------------------

  async commit(payload: ImportJobPayload): Promise<void> {
    const { organisationId, importId, revision } = payload;
    const entity = await this.imports.findForJob(organisationId, importId, revision, 'COMMITTING');
    if (!entity) return;
    await this.imports.progress(organisationId, importId, revision, 0, entity.totalRows);

    try {
      await this.verifyFile(entity);
      await this.dataSource.transaction((em) => this.commitIn(em, entity, payload));
    } catch (error) {
      const message = terminalMessage(error);
      if (message === null) throw error;
      this.logger.warn({ importId, err: error }, 'import commit rolled back');
      await this.imports.markFailed(
        organisationId,
        importId,
        revision,
        'COMMITTING',
        message,
        error instanceof RowErrorsFound
          ? { errorCount: error.errorCount, errors: error.errors }
          : undefined,
      );
    }
  }

  private async commitIn(
    em: EntityManager,
    entity: ActivityImportEntity,
    payload: ImportJobPayload,
  ): Promise<void> {
    const { organisationId, importId, revision } = payload;
    await this.bulk.lockOrganisation(organisationId, em);
    // No switch of deprivation index may commit between our look-ups and our writes.
    await this.deprivation.holdIndex(organisationId, em);
    // A second run of the same job waits for the lock above, then finds the import done.
    const current = await this.imports.findById(organisationId, importId, em);
    if (current?.status !== 'COMMITTING' || current.revision !== revision) return;

    // Sessions get fingerprints only from commits, and commits of one museum take turns: if
    // the check found none of these sessions already imported and no other import has been
    // committed since this file was uploaded, none can be there now, and the per-batch
    // look-ups are skipped. (The unique index still refuses a duplicate, rolling back.)
    const checkedClean = (current.summary as { duplicates?: number } | null)?.duplicates === 0;
    const lookForDuplicates =
      !checkedClean ||
      (await this.imports.committedSince(organisationId, importId, entity.createdAt, em));

    // Locks are read under the period-lock advisory lock, held to the end of the commit.
    const locks = await this.periodLocks.allLocks(em, organisationId);
    const resolver = new ReferenceResolver(organisationId, this.bulk, this.deprivation, em);
    await resolver.load();
    const analysis = new ImportAnalysis();
    let sessionsCreated = 0;
    let attendancesCreated = 0;

    // Rows are read and normalised while the database writes the batch before: each batch's
    // writes run while the next batch is parsed (one batch in flight, so memory stays flat).
    let inFlight: Promise<void> = Promise.resolve();
    const write = (rows: ScannedRow[]) => {
      const work = this.writeBatch(em, entity, resolver, rows, lookForDuplicates).then(
        (written) => {
          sessionsCreated += written.sessions;
          attendancesCreated += written.attendances;
          analysis.duplicates += rows.length - written.sessions;
        },
      );
      work.catch(() => undefined); // reported by the next await of inFlight
      inFlight = work;
    };
    let processedRows: number;
    try {
      ({ processedRows } = await scanImportFile(await this.storage.get(entity.storageKey), {
        format: entity.format as SheetFormat,
        byteSize: entity.byteSize,
        mapping: entity.mapping,
        analysis,
        checkRow: lockedRowCheck(locks, entity.mapping),
        batchSize: COMMIT_BATCH,
        onBatch: async (rows) => {
          await inFlight;
          if (analysis.errorCount === 0) write(rows); // once failing, only list the errors
        },
        onProgress: (processed) =>
          this.imports.progress(organisationId, importId, revision, processed, null),
      }));
    } catch (error) {
      await inFlight.catch(() => undefined); // never roll back under a running statement
      throw error;
    }
    await inFlight;
    if (analysis.errorCount > 0) throw new RowErrorsFound(analysis.errorCount, analysis.errors);

    const newProgrammes = resolver.newProgrammes.map((programme) => {
      const tally = analysis.programmes.get(normaliseName(programme.name));
      return tally
        ? { ...programme, strand: guessStrand(tally.formats), startDate: tally.earliest }
        : programme;
    });
    await this.bulk.settleProgrammes(organisationId, newProgrammes, em);

    const summary = analysis.summary({
      newProgrammes: resolver.newProgrammes.length,
      newPartners: resolver.newPartnerCount,
      newSites: resolver.newSiteCount,
      sessionsCreated,
      attendancesCreated,
    });
    await this.audit.record(em, {
      organisationId,
      actorUserId: payload.actorUserId ?? entity.createdByUserId,
      requestId: null,
      action: 'import.committed',
      entityType: 'activity_import',
      entityId: importId,
      summary: `Imported ${sessionsCreated} sessions (${attendancesCreated} attendances) from ${entity.filename}; ${summary.duplicates} already imported were skipped`,
      changes: [
        { field: 'sessionsCreated', before: null, after: sessionsCreated },
        { field: 'attendancesCreated', before: null, after: attendancesCreated },
        { field: 'duplicates', before: null, after: summary.duplicates },
        { field: 'newProgrammes', before: null, after: summary.newProgrammes },
        { field: 'newPartners', before: null, after: summary.newPartners },
        { field: 'newSites', before: null, after: summary.newSites },
      ],
    });
    await this.imports.saveMapping(organisationId, toSavedMapping(entity.mapping), em);
    await this.imports.markCommitted(
      organisationId,
      importId,
      revision,
      { processedRows, summary, committedAt: this.clock.now() },
      em,
    );
  }

  private async writeBatch(
    em: EntityManager,
    entity: ActivityImportEntity,
    resolver: ReferenceResolver,
    rows: ScannedRow[],
    lookForDuplicates: boolean,
  ): Promise<{ sessions: number; attendances: number }> {
    const { organisationId } = entity;
    const references = await resolver.resolve(rows.map(({ row }) => row));

    const sessions: SessionRow[] = [];
    const cells: AttendanceRow[] = [];
    const links: SessionPartnerRow[] = [];
    rows.forEach(({ row, hash }, index) => {
      const reference = references[index]!;
      const id = timeOrderedUuid();
      const decile = reference.decile;
      sessions.push({
        id,
        programmeId: reference.programmeId,
        title: row.sessionType,
        date: row.date,
        startTime: row.startTime,
        durationMinutes: row.durationMinutes,
        format: row.format,
        deliveryMode: row.deliveryMode,
        status: row.status,
        siteId: reference.siteId,
        outreachPostcode: reference.outreachPostcode,
        notes: row.notes,
        deprivationDecile: decile?.decile ?? null,
        deprivationIndex: decile?.indexVersion ?? null,
        attendanceTotal: attendanceTotal(row),
        fingerprint: hash,
      });
      row.attendance.forEach((cell, position) => {
        cells.push({
          id: timeOrderedUuid(),
          sessionId: id,
          position,
          audienceType: cell.audienceType,
          // The sheets give no ages: a cell without a key stage is in the "unknown" band.
          ageBand: cell.keyStage === null ? ('UNKNOWN' satisfies AgeBand) : null,
          keyStage: cell.keyStage,
          count: cell.count,
          countKind: cell.kind,
          firstTime: cell.firstTime,
          // Deciles are the session's (re-derived with it when the index changes).
          deprivationDecile: null,
          deprivationIndex: null,
        });
      });
      if (reference.partnerId) links.push({ sessionId: id, partnerId: reference.partnerId });
    });

    // Sessions the museum already has from an earlier import are skipped (one commit at a
    // time per museum holds the lock, so none can appear meanwhile; the unique index on the
    // fingerprint would refuse one, rolling everything back, rather than duplicate it): the
    // semantics of ON CONFLICT DO NOTHING, with COPY's speed.
    const existing = lookForDuplicates
      ? await this.bulk.existingFingerprints(
          organisationId,
          sessions.map((session) => session.fingerprint),
          em,
        )
      : new Set<string>();
    const fresh = existing.size ? sessions.filter((s) => !existing.has(s.fingerprint)) : sessions;
    const inserted = new Set(fresh.map((session) => session.id));
    await this.bulk.copySessions(organisationId, entity.id, entity.createdByUserId, fresh, em);
    await this.bulk.copyAttendance(
      organisationId,
      existing.size ? cells.filter((c) => inserted.has(c.sessionId)) : cells,
      em,
    );
    await this.bulk.copySessionPartners(
      organisationId,
      existing.size ? links.filter((l) => inserted.has(l.sessionId)) : links,
      em,
    );
    let attendances = 0;
    for (const session of fresh) attendances += session.attendanceTotal;
    return { sessions: inserted.size, attendances };
  }

  /** Worker side, after a step's last attempt failed. */
  async fail(payload: ImportJobPayload, step: 'VALIDATING' | 'COMMITTING', reason: string) {
    await this.imports.markFailed(
      payload.organisationId,
      payload.importId,
      payload.revision,
      step,
      step === 'COMMITTING'
        ? `Nothing was imported: ${reason}`
        : `The file could not be checked: ${reason}`,
    );
  }
}

interface RowReferences {
  programmeId: string;
  siteId: string | null;
  partnerId: string | null;
  outreachPostcode: string | null;
  decile: PostcodeDecile | null;
}

/**
 * Finds or creates, inside the commit's transaction, the programmes (by name, ignoring case),
 * sites (by venue name; "Outreach", "Online" and blank are no site) and partners (by URN,
 * else by name) that rows name, and the deprivation decile of each session. Everything it
 * learns is cached for the rest of the file.
 */
class ReferenceResolver {
  private readonly programmes = new Map<string, string>();
  private readonly sites = new Map<string, string>();
  private readonly partnersByUrn = new Map<string, KnownPartner>();
  private readonly partnersByKey = new Map<string, KnownPartner>();
  private readonly postcodes = new Map<string, PostcodeDecile | null>();
  readonly newProgrammes: NewProgramme[] = [];
  newSiteCount = 0;
  newPartnerCount = 0;

  constructor(
    private readonly organisationId: string,
    private readonly bulk: ImportCommitRepository,
    private readonly deprivation: DeprivationService,
    private readonly em: EntityManager,
  ) {}

  async load(): Promise<void> {
    for (const programme of await this.bulk.programmes(this.organisationId, this.em)) {
      const key = normaliseName(programme.name);
      if (!this.programmes.has(key)) this.programmes.set(key, programme.id);
    }
    for (const site of await this.bulk.sites(this.organisationId, this.em)) {
      const key = normaliseName(site.name);
      if (!this.sites.has(key)) this.sites.set(key, site.id);
    }
  }

  async resolve(rows: readonly NormalisedActivityRow[]): Promise<RowReferences[]> {
    const { organisationId, em } = this;

    const programmes: NewProgramme[] = [];
    const sites: NewSite[] = [];
    for (const row of rows) {
      if (!this.programmes.has(row.programmeKey)) {
        const programme: NewProgramme = {
          id: randomUUID(),
          name: row.programme,
          strand: guessStrand(new Map([[row.format, 1]])),
          startDate: row.date,
        };
        this.programmes.set(row.programmeKey, programme.id);
        programmes.push(programme);
      }
      if (isSiteVenue(row.venueKey) && row.venue !== null && !this.sites.has(row.venueKey)) {
        const site: NewSite = { id: randomUUID(), name: row.venue, type: guessSiteType(row.venue) };
        this.sites.set(row.venueKey, site.id);
        sites.push(site);
      }
    }
    await this.bulk.insertProgrammes(organisationId, programmes, em);
    await this.bulk.insertSites(organisationId, sites, em);
    this.newProgrammes.push(...programmes);
    this.newSiteCount += sites.length;

    // Partners: load the ones this batch may mean, then match by URN, else by name.
    const urns = new Set<string>();
    const keys = new Set<string>();
    for (const { partner } of rows) {
      if (!partner) continue;
      if (partner.urn && !this.partnersByUrn.has(partner.urn)) urns.add(partner.urn);
      if (!this.partnersByKey.has(partner.key)) keys.add(partner.key);
    }
    if (urns.size || keys.size) {
      for (const known of await this.bulk.partners(organisationId, [...urns], [...keys], em)) {
        if (known.urn && !this.partnersByUrn.has(known.urn))
          this.partnersByUrn.set(known.urn, known);
        if (!this.partnersByKey.has(known.nameKey)) this.partnersByKey.set(known.nameKey, known);
      }
    }
    const created: NewPartner[] = [];
    const partners = rows.map(({ partner, postcode }) => {
      if (!partner) return null;
      let match =
        (partner.urn ? this.partnersByUrn.get(partner.urn) : undefined) ??
        this.partnersByKey.get(partner.key);
      if (!match) {
        const fresh: NewPartner = {
          id: randomUUID(),
          name: partner.name,
          nameKey: partner.key,
          type: partner.type,
          urn: partner.urn,
          postcode: partner.postcode ?? postcode,
          deprivationDecile: null,
          deprivationIndex: null,
        };
        created.push(fresh);
        match = fresh;
      }
      if (partner.urn && !this.partnersByUrn.has(partner.urn))
        this.partnersByUrn.set(partner.urn, match);
      if (!this.partnersByKey.has(partner.key)) this.partnersByKey.set(partner.key, match);
      return match;
    });

    // Deciles: new partners' postcodes and each session's postcode, in the active index.
    const wanted = new Set<string>();
    for (const partner of created)
      if (partner.postcode && !this.postcodes.has(partner.postcode)) wanted.add(partner.postcode);
    for (const row of rows) {
      const postcode = outreachPostcodeOf(row);
      if (postcode && !this.postcodes.has(postcode)) wanted.add(postcode);
    }
    if (wanted.size) {
      const found = await this.deprivation.decilesFor(organisationId, [...wanted], em);
      for (const postcode of wanted) this.postcodes.set(postcode, found.get(postcode) ?? null);
    }
    for (const partner of created) {
      const decile = partner.postcode ? this.postcodes.get(partner.postcode) : null;
      if (decile) {
        partner.deprivationDecile = decile.decile;
        partner.deprivationIndex = decile.indexVersion;
      }
    }
    await this.bulk.insertPartners(organisationId, created, em);
    this.newPartnerCount += created.length;

    // A session's decile: its outreach postcode's, else its partner's (as the deprivation
    // module re-derives them when the index changes).
    return rows.map((row, index) => {
      const partner = partners[index] ?? null;
      const outreachPostcode = outreachPostcodeOf(row);
      return {
        programmeId: this.programmes.get(row.programmeKey)!,
        siteId: isSiteVenue(row.venueKey) ? (this.sites.get(row.venueKey) ?? null) : null,
        partnerId: partner?.id ?? null,
        outreachPostcode,
        decile:
          outreachPostcode !== null
            ? (this.postcodes.get(outreachPostcode) ?? null)
            : partnerDecile(partner),
      };
    });
  }
}

/**
 * Where a session took place when that is not one of the museum's sites: the row's postcode
 * for outreach, and for any row that names no partner (then the postcode can only be the
 * session's own).
 */
function outreachPostcodeOf(row: NormalisedActivityRow): string | null {
  if (row.postcode === null || row.deliveryMode === 'ONLINE') return null;
  return row.deliveryMode === 'OUTREACH' || row.partner === null ? row.postcode : null;
}

function partnerDecile(partner: KnownPartner | null): PostcodeDecile | null {
  if (!partner?.deprivationDecile || !partner.deprivationIndex) return null;
  return {
    decile: partner.deprivationDecile,
    indexVersion: partner.deprivationIndex satisfies DeprivationIndex,
  };
}
