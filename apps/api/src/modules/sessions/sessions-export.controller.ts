import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { localDateIn, parseWithFieldErrors, sessionFilterSchema } from '@lantern/domain';
import { Controller, Get, Logger, Query, Req, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import * as ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import { RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Clock } from '../../platform/clock/clock';
import { BadUserInputError } from '../../platform/graphql/app-errors';
import {
  csvSafeText,
  exportFilename,
  filterFromQuery,
  SESSION_EXPORT_COLUMNS,
  sessionExportRows,
  type SessionExportRow,
} from './sessions-export';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

/**
 * Analysis-ready downloads of the session list, with the list's filters as query parameters
 * (`from`, `to`, `programmeId`, `siteId`, `partnerId`, `format`, `deliveryMode`, `status`).
 * Streamed in keyset batches: the whole list is never in memory.
 */
@Controller('api/exports')
export class SessionsExportController {
  private readonly logger = new Logger(SessionsExportController.name);

  constructor(
    private readonly service: SessionsService,
    private readonly repository: SessionsRepository,
    private readonly clock: Clock,
  ) {}

  @RequirePermission('programmes.read')
  @Get('sessions.csv')
  async csv(
    @CurrentActor() actor: OrgActor,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const filter = this.filter(query);
    await this.startDownload(actor, res, 'csv', 'text/csv; charset=utf-8');
    const rows = this.rows(actor, filter, req);
    // A byte-order mark so Excel reads the file as UTF-8 (names with accents, en dashes).
    const csv = stringify({
      bom: true,
      header: true,
      columns: [...SESSION_EXPORT_COLUMNS],
      cast: { boolean: (value) => (value ? 'true' : 'false'), string: csvSafeText },
    });
    try {
      await pipeline(Readable.from(rows), csv, res);
    } catch (error) {
      this.aborted(res, error);
    }
  }

  @RequirePermission('programmes.read')
  @Get('sessions.xlsx')
  async xlsx(
    @CurrentActor() actor: OrgActor,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const filter = this.filter(query);
    await this.startDownload(
      actor,
      res,
      'xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    try {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: res,
        useStyles: false,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet('Sessions');
      sheet.columns = SESSION_EXPORT_COLUMNS.map((key) => ({ header: key, key }));
      for await (const row of this.rows(actor, filter, req)) {
        sheet.addRow(row).commit();
        // Let the client catch up: the zip stream buffers whatever the socket has not taken.
        if (res.writableNeedDrain) await once(res, 'drain');
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      this.aborted(res, error);
    }
  }

  /** The query parameters, validated like the list's filter: a 400 names each bad one. */
  private filter(query: Record<string, unknown>) {
    const result = parseWithFieldErrors(sessionFilterSchema, filterFromQuery(query), 'query');
    if (!result.ok) {
      throw new BadUserInputError(
        result.fieldErrors.map((error) => ({ path: error.path.slice(1), message: error.message })),
      );
    }
    return result.value;
  }

  private async startDownload(
    actor: OrgActor,
    res: Response,
    extension: 'csv' | 'xlsx',
    contentType: string,
  ): Promise<void> {
    const today = localDateIn(
      this.clock.now(),
      await this.repository.timeZone(actor.organisationId),
    );
    res.status(200);
    res.setHeader('Content-Type', contentType);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${exportFilename(today, extension)}"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
  }

  /** Export rows, batch by batch; stops reading when the client goes away. */
  private async *rows(
    actor: OrgActor,
    filter: ReturnType<SessionsExportController['filter']>,
    req: Request,
  ): AsyncGenerator<SessionExportRow> {
    for await (const batch of this.service.exportBatches(actor, filter)) {
      if (req.destroyed) return;
      for (const session of batch) yield* sessionExportRows(session);
    }
  }

  /**
   * Before the first byte, an error is still an ordinary error response (the REST filter);
   * after it, all that is left is to cut the download short so it is not taken for whole.
   */
  private aborted(res: Response, error: unknown): void {
    if (!res.headersSent) {
      res.removeHeader('Content-Disposition');
      throw error;
    }
    if ((error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      this.logger.error({ err: error }, 'Session export failed part way');
    }
    if (!res.destroyed) res.destroy();
  }
}
