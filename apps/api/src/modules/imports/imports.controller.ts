import { Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { CsrfHeaderGuard } from '../../platform/http/csrf-header.guard';
import { ImportsService } from './imports.service';

/**
 * The upload of a spreadsheet to import: the file is the raw request body (text/csv, the XLSX
 * type or application/octet-stream), its name in `x-filename`. Answers 201 `{ id }`; the
 * import is then read and changed through GraphQL (`activityImport(id)`).
 */
@Controller('api/imports')
export class ImportsController {
  constructor(private readonly service: ImportsService) {}

  @RequirePermission('sessions.write')
  @UseGuards(CsrfHeaderGuard)
  @Post()
  @HttpCode(201)
  async upload(@CurrentActor() actor: OrgActor, @Req() req: Request): Promise<{ id: string }> {
    const length = Number(req.headers['content-length']);
    const filename = req.headers['x-filename'];
    const created = await this.service.upload(actor, {
      body: req,
      filename: Array.isArray(filename) ? filename[0] : filename,
      contentType: req.headers['content-type'],
      contentLength: Number.isFinite(length) ? length : null,
    });
    return { id: created.id };
  }
}
