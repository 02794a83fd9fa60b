import { randomBytes } from 'node:crypto';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { evidenceInputSchema, type EvidenceInput } from '@lantern/domain';
import {
  Injectable,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor, OrgActor } from '../../platform/auth/actor';
import { AppConfig } from '../../platform/config';
import { NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { parseInput } from '../../platform/graphql/parse-input';
import { Storage } from '../../platform/storage/storage';
import { AuditService, auditedBy, diff } from '../audit/audit.service';
import { cleanFilename } from '../imports/imports.service';
import type { EvidenceEntity } from './evidence.entity';
import {
  EvidenceRepository,
  type EvidenceCursor,
  type EvidenceFilter,
  type EvidenceTags,
  type TagIds,
} from './evidence.repository';
import { checkFileType, SNIFF_BYTES } from './file-sniffing';

const FIELDS = [
  'kind',
  'title',
  'body',
  'occurredOn',
  'consentStatus',
  'consentGivenBy',
  'consentGivenOn',
  'consentNote',
  'publishable',
] as const;

function snapshot(evidence: Partial<EvidenceEntity>, tags?: TagIds): Record<string, unknown> {
  return {
    ...Object.fromEntries(FIELDS.map((field) => [field, evidence[field] ?? null])),
    ...(tags
      ? {
          frameworkElementIds: [...tags.elementIds].sort(),
          programmeIds: [...tags.programmeIds].sort(),
          sessionIds: [...tags.sessionIds].sort(),
        }
      : {}),
  };
}

function idList(value: unknown, what: string): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new NotFoundError(what);
  return [...new Set(value.map((id) => assertId(id, what)))];
}

/** Only members who may read drafts see evidence that is not publishable. */
export function seesDrafts(actor: Actor): boolean {
  return actor.permissions.includes('drafts.read');
}

export interface EvidenceUpload {
  body: Readable;
  filename: string | undefined;
  contentType: string | undefined;
  contentLength: number | null;
}

/** Counts bytes (failing past the limit) and keeps the first SNIFF_BYTES for sniffing. */
class EvidenceFileInspector extends Transform {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  byteSize = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly tooLarge: () => Error,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.byteSize += chunk.length;
    if (this.byteSize > this.maxBytes) {
      done(this.tooLarge());
      return;
    }
    if (this.kept < SNIFF_BYTES) {
      this.chunks.push(chunk);
      this.kept += chunk.length;
    }
    done(null, chunk);
  }

  get head(): Buffer {
    return Buffer.concat(this.chunks).subarray(0, SNIFF_BYTES);
  }
}

/**
 * Evidence: quotes, stories, photos, artwork, observation notes and documents, with consent,
 * tags and an optional file (kept through the Storage interface, checked by its first bytes).
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: EvidenceRepository,
    private readonly storage: Storage,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  list(actor: OrgActor, filter: EvidenceFilter, first: number, after: EvidenceCursor | null) {
    return this.repository.page(actor.organisationId, filter, !seesDrafts(actor), first, after);
  }

  async get(actor: OrgActor, rawId: unknown): Promise<EvidenceEntity> {
    const found = await this.repository.findById(
      actor.organisationId,
      assertId(rawId, 'Evidence'),
      !seesDrafts(actor),
    );
    if (!found) throw new NotFoundError('Evidence');
    return found;
  }

  tags(actor: OrgActor, ids: readonly string[]): Promise<EvidenceTags[]> {
    return this.repository.tags(actor.organisationId, ids);
  }

  findByIds(actor: OrgActor, ids: readonly string[]): Promise<EvidenceEntity[]> {
    return this.repository.findByIds(actor.organisationId, ids, !seesDrafts(actor));
  }

  private async checkedTags(actor: OrgActor, raw: Record<string, unknown>): Promise<TagIds> {
    const wanted: TagIds = {
      elementIds: idList(raw['frameworkElementIds'], 'Framework element'),
      programmeIds: idList(raw['programmeIds'], 'Programme'),
      sessionIds: idList(raw['sessionIds'], 'Session'),
    };
    const known = await this.repository.knownTagIds(actor.organisationId, wanted);
    const missing = (ids: string[], found: string[]) => ids.some((id) => !found.includes(id));
    if (missing(wanted.elementIds, known.elementIds)) throw new NotFoundError('Framework element');
    if (missing(wanted.programmeIds, known.programmeIds)) throw new NotFoundError('Programme');
    if (missing(wanted.sessionIds, known.sessionIds)) throw new NotFoundError('Session');
    return wanted;
  }

  private columns(input: EvidenceInput): Partial<EvidenceEntity> {
    return {
      kind: input.kind,
      title: input.title,
      body: input.body,
      occurredOn: input.occurredOn,
      consentStatus: input.consentStatus,
      consentGivenBy: input.consentGivenBy,
      consentGivenOn: input.consentGivenOn,
      consentNote: input.consentNote,
      publishable: input.publishable,
    };
  }

  async create(actor: OrgActor, rawInput: Record<string, unknown>): Promise<EvidenceEntity> {
    const tags = await this.checkedTags(actor, rawInput);
    const input = parseInput(evidenceInputSchema, rawInput);
    return this.dataSource.transaction(async (em) => {
      const saved = await this.repository.save(
        {
          ...this.columns(input),
          organisationId: actor.organisationId,
          createdByUserId: actor.userId,
        },
        em,
      );
      await this.repository.setTags(actor.organisationId, saved.id, tags, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'evidence.created',
        entityType: 'evidence',
        entityId: saved.id,
        summary: `${actor.userName} added the evidence "${saved.title}"`,
        changes: diff({}, snapshot(saved, tags)),
      });
      return saved;
    });
  }

  async update(
    actor: OrgActor,
    rawInput: { id: string } & Record<string, unknown>,
  ): Promise<EvidenceEntity> {
    const id = assertId(rawInput.id, 'Evidence');
    return this.dataSource.transaction(async (em) => {
      const evidence = await this.repository.lockById(actor.organisationId, id, em);
      if (!evidence) throw new NotFoundError('Evidence');
      const tags = await this.checkedTags(actor, rawInput);
      const input = parseInput(evidenceInputSchema, rawInput);
      const before = snapshot(evidence, await this.repository.tagIds(actor.organisationId, id, em));
      Object.assign(evidence, this.columns(input));
      const saved = await this.repository.save(evidence, em);
      await this.repository.setTags(actor.organisationId, id, tags, em);
      const changes = diff(before, snapshot(saved, tags));
      if (changes.length) {
        await this.audit.record(em, {
          ...auditedBy(actor),
          action: 'evidence.updated',
          entityType: 'evidence',
          entityId: id,
          summary: `${actor.userName} changed the evidence "${saved.title}" (${changes.map((c) => c.field).join(', ')})`,
          changes,
        });
      }
      return saved;
    });
  }

  /** Deletes the item and its file (the file once the row is gone for good). */
  async remove(actor: OrgActor, rawId: unknown): Promise<EvidenceEntity> {
    const id = assertId(rawId, 'Evidence');
    const removed = await this.dataSource.transaction(async (em) => {
      const evidence = await this.repository.lockById(actor.organisationId, id, em);
      if (!evidence) throw new NotFoundError('Evidence');
      const tags = await this.repository.tagIds(actor.organisationId, id, em);
      await this.repository.delete(actor.organisationId, id, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'evidence.deleted',
        entityType: 'evidence',
        entityId: id,
        summary: `${actor.userName} deleted the evidence "${evidence.title}"${evidence.fileName ? ` and its file ${evidence.fileName}` : ''}`,
        changes: diff(snapshot(evidence, tags), {}),
      });
      return evidence;
    });
    if (removed.fileStorageKey) await this.storage.delete(removed.fileStorageKey);
    return removed;
  }

  private tooLarge(filename: string): PayloadTooLargeException {
    const mb = Math.round(this.config.evidenceMaxBytes / (1024 * 1024));
    return new PayloadTooLargeException(
      `${filename} is larger than ${mb} MB, the most an evidence file may be: make it smaller (for a photo, a lower resolution) and upload it again`,
    );
  }

  /**
   * Streams a file to storage (measuring it), checks its declared type and its first bytes,
   * then attaches it to the item, replacing (and deleting) any earlier file. A refused file
   * leaves nothing behind.
   */
  async attachFile(
    actor: OrgActor,
    rawId: unknown,
    upload: EvidenceUpload,
  ): Promise<EvidenceEntity> {
    const id = assertId(rawId, 'Evidence');
    const filename = cleanFilename(upload.filename);
    const drain = () => upload.body.resume();
    const existing = await this.repository.findById(actor.organisationId, id, false);
    if (!existing) {
      drain();
      throw new NotFoundError('Evidence');
    }
    const declared = checkFileType(filename, upload.contentType, new Uint8Array());
    if (!declared.ok && declared.reason === 'TYPE_NOT_ALLOWED') {
      drain();
      throw new UnsupportedMediaTypeException(declared.message);
    }
    if (upload.contentLength !== null && upload.contentLength > this.config.evidenceMaxBytes) {
      drain();
      throw this.tooLarge(filename);
    }
    const key = `evidence/${actor.organisationId}/${id}/${randomBytes(8).toString('hex')}`;
    const inspector = new EvidenceFileInspector(this.config.evidenceMaxBytes, () =>
      this.tooLarge(filename),
    );
    upload.body.on('error', (error) => inspector.destroy(error));
    try {
      try {
        await this.storage.put(key, upload.body.pipe(inspector));
      } catch (error) {
        upload.body.unpipe(inspector);
        drain();
        throw error;
      }
      const check = checkFileType(filename, upload.contentType, inspector.head);
      if (!check.ok) throw new UnsupportedMediaTypeException(check.message);
      const { saved, previousKey } = await this.dataSource.transaction(async (em) => {
        const evidence = await this.repository.lockById(actor.organisationId, id, em);
        if (!evidence) throw new NotFoundError('Evidence');
        const previous = evidence.fileStorageKey;
        const before = { fileName: evidence.fileName, fileContentType: evidence.fileContentType };
        Object.assign(evidence, {
          fileStorageKey: key,
          fileName: filename,
          fileContentType: check.type,
          fileByteSize: inspector.byteSize,
        });
        const result = await this.repository.save(evidence, em);
        await this.audit.record(em, {
          ...auditedBy(actor),
          action: 'evidence.file_attached',
          entityType: 'evidence',
          entityId: id,
          summary: `${actor.userName} attached ${filename} to the evidence "${evidence.title}"`,
          changes: diff(before, { fileName: filename, fileContentType: check.type }),
        });
        return { saved: result, previousKey: previous };
      });
      if (previousKey) await this.storage.delete(previousKey);
      return saved;
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
  }

  /** The item's file for download (NOT_FOUND when the caller may not see the item). */
  async openFile(
    actor: OrgActor,
    rawId: unknown,
  ): Promise<{ evidence: EvidenceEntity; stream: Readable }> {
    const evidence = await this.get(actor, rawId);
    if (!evidence.fileStorageKey) throw new NotFoundError('Evidence file');
    return { evidence, stream: await this.storage.get(evidence.fileStorageKey) };
  }
}
