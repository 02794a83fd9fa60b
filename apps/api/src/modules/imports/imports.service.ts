import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  checkMapping,
  type ColumnMapping,
  type ImportStatus,
  normaliseHeader,
  pageArgsSchema,
  parseWithFieldErrors,
  suggestMapping,
} from '@lantern/domain';
import {
  BadRequestException,
  Injectable,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { decodeCursor, encodeCursor } from '../../platform/graphql/pagination';
import { parseInput } from '../../platform/graphql/parse-input';
import { Storage } from '../../platform/storage/storage';
import { AuditService, auditedBy } from '../audit/audit.service';
import type { ActivityImportEntity } from './activity-import.entity';
import { UploadInspector } from './import-file';
import { COMMIT_IMPORT_JOB, ImportsProducer, VALIDATE_IMPORT_JOB } from './imports.queue';
import { ImportsRepository, REMAPPABLE_STATUSES } from './imports.repository';
import { importIdInputSchema, setImportMappingInputSchema } from './imports.schemas';
import {
  DEFAULT_READER_LIMITS,
  detectFormat,
  ImportFileError,
  readSheet,
  type ReaderLimits,
} from './readers';
import { tooLarge } from './readers/sheet-headers';

/** Content types an upload may be sent as (browsers label .csv files in several ways). */
export const UPLOAD_CONTENT_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
] as const;

export interface UploadRequest {
  body: Readable;
  /** The `x-filename` header: the file's name, optionally percent-encoded. */
  filename: string | undefined;
  contentType: string | undefined;
  contentLength: number | null;
}

export interface ImportPage {
  edges: Array<{ cursor: string; node: ActivityImportEntity }>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

/** Why an import cannot be committed now, by status. */
const NOT_READY: Record<Exclude<ImportStatus, 'READY'>, string> = {
  UPLOADED: 'Choose the columns and let Lantern check the file before committing it.',
  VALIDATING: 'The file is still being checked: commit it once it is ready.',
  INVALID: 'The file has problems: correct the rows listed, upload it again and commit that.',
  COMMITTING: 'This import is already being committed.',
  COMMITTED: 'This import has already been committed.',
  FAILED: 'The last commit failed: check the file again (set the mapping) before committing.',
};

const NOT_REMAPPABLE: Partial<Record<ImportStatus, string>> = {
  VALIDATING: 'The file is being checked: wait for the check to finish before changing columns.',
  COMMITTING: 'This import is being committed: its columns can no longer change.',
  COMMITTED: 'This import has been committed: its columns can no longer change.',
};

/** A file name fit to show: the last path segment, no control characters, at most 255 long. */
export function cleanFilename(raw: string | undefined): string {
  let name = raw ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // not percent-encoded: take it as it is
  }
  name = [...(name.split(/[\\/]/).pop() ?? '')]
    .filter((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 255);
  return name || 'upload';
}

/** The file problem as the HTTP answer: 413 when too large, 400 otherwise. */
function uploadError(error: ImportFileError): Error {
  return error.code === 'TOO_LARGE'
    ? new PayloadTooLargeException(error.message)
    : new BadRequestException(error.message);
}

/** Imports on the API side: upload, read, map, commit, discard. The worker does the rest. */
@Injectable()
export class ImportsService {
  readonly limits: ReaderLimits = DEFAULT_READER_LIMITS;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ImportsRepository,
    private readonly producer: ImportsProducer,
    private readonly storage: Storage,
    private readonly audit: AuditService,
  ) {}

  /**
   * Streams an upload to storage (hashing and measuring it), reads its header row and records
   * the import with a suggested mapping. A file that cannot be read leaves nothing behind.
   */
  async upload(actor: OrgActor, request: UploadRequest): Promise<ActivityImportEntity> {
    const mediaType = (request.contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (!(UPLOAD_CONTENT_TYPES as readonly string[]).includes(mediaType)) {
      request.body.resume();
      throw new UnsupportedMediaTypeException(
        'Send the file itself as the request body, as text/csv or an Excel workbook (.xlsx)',
      );
    }
    if (request.contentLength !== null && request.contentLength > this.limits.maxBytes) {
      request.body.resume();
      throw new PayloadTooLargeException(tooLarge(this.limits).message);
    }

    const filename = cleanFilename(request.filename);
    const id = randomUUID();
    const storageKey = `imports/${actor.organisationId}/${id}`;
    const inspector = new UploadInspector(this.limits);
    request.body.on('error', (error) => inspector.destroy(error));
    try {
      try {
        await this.storage.put(storageKey, request.body.pipe(inspector));
      } catch (error) {
        request.body.unpipe(inspector);
        request.body.resume(); // read the rest and drop it, so the answer can be sent
        throw error;
      }
      const format = detectFormat(filename, inspector.head);
      const sheet = await readSheet(format, await this.storage.get(storageKey), this.limits);
      sheet.close();
      const saved = await this.repository.savedMapping(actor.organisationId);
      const mapping = suggestMapping(sheet.headers, saved);
      const known = new Map(
        Object.entries(saved?.columns ?? {}).map(([header, field]) => [
          normaliseHeader(header),
          field,
        ]),
      );
      const remembered = sheet.headers.filter((header) => {
        const key = normaliseHeader(header);
        return known.has(key) && known.get(key) === mapping[header];
      });

      return await this.dataSource.transaction(async (em) => {
        const created = await this.repository.insert(
          {
            id,
            organisationId: actor.organisationId,
            createdByUserId: actor.userId,
            filename,
            format,
            byteSize: inspector.byteSize,
            storageKey,
            fileSha256: inspector.sha256(),
            headers: sheet.headers,
            mapping,
            suggestedMapping: { columns: mapping, remembered },
          },
          em,
        );
        await this.audit.record(em, {
          ...auditedBy(actor),
          action: 'import.uploaded',
          entityType: 'activity_import',
          entityId: id,
          summary: `${actor.userName} uploaded ${filename} to import`,
        });
        return created;
      });
    } catch (error) {
      await this.storage.delete(storageKey);
      throw error instanceof ImportFileError ? uploadError(error) : error;
    }
  }

  async get(actor: OrgActor, rawId: unknown): Promise<ActivityImportEntity> {
    const found = await this.repository.findById(actor.organisationId, assertId(rawId, 'Import'));
    if (!found) throw new NotFoundError('Import');
    return found;
  }

  async list(
    actor: OrgActor,
    rawArgs: { first?: number; after?: string | null },
  ): Promise<ImportPage> {
    const parsed = parseWithFieldErrors(pageArgsSchema, rawArgs, 'args');
    if (!parsed.ok)
      throw new BadUserInputError(parsed.fieldErrors.map((e) => ({ ...e, path: e.path.slice(1) })));
    const { first, after } = parsed.value;
    const cursor = after ? decodeCursor(after) : null;
    if (after && !cursor)
      throw BadUserInputError.field(['after'], 'is not a cursor from this list');
    const [{ rows, hasNextPage }, totalCount] = await Promise.all([
      this.repository.page(actor.organisationId, first, cursor),
      this.repository.count(actor.organisationId),
    ]);
    const edges = rows.map((node) => ({
      cursor: encodeCursor({ at: node.createdAt, id: node.id }),
      node,
    }));
    return {
      edges,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage },
      totalCount,
    };
  }

  /**
   * Sets which column fills which field (columns not named are not imported) and has the
   * worker check the whole file with it.
   */
  async setMapping(actor: OrgActor, rawInput: unknown): Promise<ActivityImportEntity> {
    const input = parseInput(setImportMappingInputSchema, rawInput);
    const found = await this.get(actor, input.importId);

    const headers = new Set(found.headers);
    const mapping: ColumnMapping = Object.fromEntries(found.headers.map((h) => [h, null]));
    const problems: Array<{ path: string[]; message: string }> = [];
    input.columns.forEach(({ column, field }, index) => {
      if (!headers.has(column)) {
        problems.push({
          path: ['input', 'columns', String(index), 'column'],
          message: `${column} is not a column of ${found.filename}`,
        });
      } else {
        mapping[column] = field;
      }
    });
    if (problems.length) throw new BadUserInputError(problems);
    const mappingProblems = checkMapping(mapping);
    if (mappingProblems.length) {
      // A field with no column belongs to the list; a field chosen twice, to each choice.
      throw new BadUserInputError(
        mappingProblems.flatMap((problem) => {
          const indexes = input.columns.flatMap((c, index) =>
            c.field === problem.field && headers.has(c.column) ? [index] : [],
          );
          return indexes.length > 1
            ? indexes.map((index) => ({
                path: ['input', 'columns', String(index), 'field'],
                message: problem.message,
              }))
            : [{ path: ['input', 'columns'], message: problem.message }];
        }),
      );
    }

    const conflict = NOT_REMAPPABLE[found.status];
    if (conflict) throw new ConflictError(conflict);
    const revision = await this.repository.startValidation(
      actor.organisationId,
      found.id,
      mapping,
      REMAPPABLE_STATUSES,
    );
    if (revision === null) throw new ConflictError(NOT_REMAPPABLE.VALIDATING!);
    try {
      await this.producer.enqueue(VALIDATE_IMPORT_JOB, {
        organisationId: actor.organisationId,
        importId: found.id,
        revision,
        actorUserId: actor.userId,
      });
    } catch (error) {
      // Not left "being checked" for ever: back to choosing columns, so it can be tried again.
      await this.repository.revertStep(actor.organisationId, found.id, revision, 'UPLOADED');
      throw error;
    }
    return this.get(actor, found.id);
  }

  /** Has the worker bring a checked (READY) file in, in one transaction. */
  async commit(actor: OrgActor, rawInput: unknown): Promise<ActivityImportEntity> {
    const input = parseInput(importIdInputSchema, rawInput);
    const found = await this.get(actor, input.importId);
    if (found.status !== 'READY') throw new ConflictError(NOT_READY[found.status]);
    const revision = await this.repository.startCommit(actor.organisationId, found.id);
    if (revision === null) {
      const now = await this.get(actor, found.id);
      throw new ConflictError(
        now.status === 'READY' ? NOT_READY.COMMITTING : NOT_READY[now.status],
      );
    }
    try {
      await this.producer.enqueue(COMMIT_IMPORT_JOB, {
        organisationId: actor.organisationId,
        importId: found.id,
        revision,
        actorUserId: actor.userId,
      });
    } catch (error) {
      await this.repository.revertStep(actor.organisationId, found.id, revision, 'READY');
      throw error;
    }
    return this.get(actor, found.id);
  }

  /** Deletes the import and its file; sessions it committed stay. Not while committing. */
  async discard(actor: OrgActor, rawInput: unknown): Promise<ActivityImportEntity> {
    const input = parseInput(importIdInputSchema, rawInput);
    const found = await this.get(actor, input.importId);
    if (found.status === 'COMMITTING') {
      throw new ConflictError('This import is being committed: discard it once it has finished.');
    }
    const storageKey = await this.dataSource.transaction(async (em) => {
      const key = await this.repository.deleteUnlessCommitting(actor.organisationId, found.id, em);
      if (key === null) return null;
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'import.discarded',
        entityType: 'activity_import',
        entityId: found.id,
        summary: `${actor.userName} discarded the import of ${found.filename}`,
      });
      return key;
    });
    if (storageKey === null) {
      const still = await this.repository.findById(actor.organisationId, found.id);
      if (!still) throw new NotFoundError('Import');
      throw new ConflictError('This import is being committed: discard it once it has finished.');
    }
    await this.storage.delete(storageKey);
    return found;
  }
}
