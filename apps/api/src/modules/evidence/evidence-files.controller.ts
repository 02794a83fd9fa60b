import { pipeline } from 'node:stream/promises';
import { Controller, Get, HttpCode, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { CsrfHeaderGuard } from '../../platform/http/csrf-header.guard';
import { EvidenceModel } from './evidence.model';
import { EvidenceService } from './evidence.service';

/** A file name safe inside a quoted header value, plus its UTF-8 form (RFC 6266). */
function contentDisposition(kind: 'inline' | 'attachment', filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * Evidence files. Upload: POST the file itself as the raw body, its type as Content-Type, its
 * name in `x-filename`; answers 201 with the item's file. Download: GET, for anyone who may
 * see the item; images are shown inline, everything else is an attachment.
 */
@Controller('api/evidence')
export class EvidenceFilesController {
  constructor(private readonly service: EvidenceService) {}

  @RequirePermission('evidence.write')
  @UseGuards(CsrfHeaderGuard)
  @Post(':id/file')
  @HttpCode(201)
  async upload(
    @CurrentActor() actor: OrgActor,
    @Param('id') id: string,
    @Req() req: Request,
  ): Promise<{ id: string; file: EvidenceModel['file'] }> {
    const length = Number(req.headers['content-length']);
    const filename = req.headers['x-filename'];
    const saved = await this.service.attachFile(actor, id, {
      body: req,
      filename: Array.isArray(filename) ? filename[0] : filename,
      contentType: req.headers['content-type'],
      contentLength: Number.isFinite(length) && req.headers['content-length'] ? length : null,
    });
    return { id: saved.id, file: EvidenceModel.fromEntity(saved).file };
  }

  @RequirePermission('dashboards.read')
  @Get(':id/file')
  async download(
    @CurrentActor() actor: OrgActor,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { evidence, stream } = await this.service.openFile(actor, id);
    const type = evidence.fileContentType ?? 'application/octet-stream';
    const image = type.startsWith('image/');
    res.status(200);
    res.setHeader('Content-Type', type === 'text/plain' ? 'text/plain; charset=utf-8' : type);
    if (evidence.fileByteSize !== null)
      res.setHeader('Content-Length', String(evidence.fileByteSize));
    res.setHeader(
      'Content-Disposition',
      contentDisposition(image ? 'inline' : 'attachment', evidence.fileName ?? 'evidence'),
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; sandbox");
    try {
      await pipeline(stream, res);
    } catch {
      if (!res.destroyed) res.destroy();
    }
  }
}
