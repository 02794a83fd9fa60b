import { basename } from 'node:path';
import {
  ArgumentsHost,
  Catch,
  Controller,
  HttpCode,
  Param,
  Post,
  Req,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { BadUserInputError } from '../../platform/graphql/app-errors';
import { CsrfHeaderGuard } from '../../platform/http/csrf-header.guard';
import { RestErrorsFilter } from '../../platform/http/rest-errors.filter';
import {
  DeprivationLookupsService,
  LookupUploadSettings,
  parseIndexVersion,
  type LoadedLookup,
} from './deprivation-lookups.service';
import { LookupRowsError, tooLarge } from './lookup-stream';

/** The header that carries the uploaded file's name (URI-encoded when it is not ASCII). */
export const FILENAME_HEADER = 'x-filename';

const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel'];

/** The file's own name, without folders or control characters; null when none was sent. */
export function cleanFilename(raw: string | string[] | undefined): string | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return null;
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // Not URI-encoded: keep it as sent.
  }
  const name = [...basename(decoded.replace(/\\/g, '/'))]
    .filter((char) => char >= ' ' && char !== '\u007f')
    .join('')
    .trim()
    .slice(0, 255);
  return name || null;
}

/**
 * Answers this controller's errors like RestErrorsFilter, plus `errorCount` for a file with
 * bad rows; when the upload was not read to its end the connection is closed after the answer.
 */
@Catch()
export class LookupUploadErrorsFilter extends RestErrorsFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() !== 'http') throw exception;
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    if (!req.complete && !res.headersSent) res.setHeader('Connection', 'close');
    if (exception instanceof LookupRowsError && !res.headersSent) {
      const { status, body } = this.toResponse(exception);
      res.status(status).json({ error: { ...body.error, errorCount: exception.errorCount } });
      return;
    }
    super.catch(exception, host);
  }
}

/**
 * `POST /api/deprivation-lookups/:indexVersion` with the CSV as the raw body
 * (`Content-Type: text/csv`, the file name in `x-filename`, and the CSRF header). The body
 * is streamed into PostgreSQL, never buffered: Nest's JSON and form parsers leave text/csv alone.
 */
@Controller('api/deprivation-lookups')
@UseFilters(LookupUploadErrorsFilter)
export class DeprivationLookupsController {
  constructor(
    private readonly service: DeprivationLookupsService,
    private readonly settings: LookupUploadSettings,
  ) {}

  @RequirePermission('lookups.manage')
  @UseGuards(CsrfHeaderGuard)
  @Post(':indexVersion')
  @HttpCode(200)
  async load(
    @CurrentActor() actor: OrgActor,
    @Param('indexVersion') rawIndex: string,
    @Req() req: Request,
  ): Promise<LoadedLookup> {
    const indexVersion = parseIndexVersion(rawIndex);
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!CSV_TYPES.includes(type)) {
      throw BadUserInputError.field(
        ['contentType'],
        'Send the file as the request body with Content-Type: text/csv',
      );
    }
    const { maxBytes } = this.settings;
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
      throw tooLarge(maxBytes);
    }
    return this.service.load(actor, indexVersion, req, {
      sourceFilename: cleanFilename(req.headers[FILENAME_HEADER]),
      maxBytes,
    });
  }
}
