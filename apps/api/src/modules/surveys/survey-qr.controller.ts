import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import * as QRCode from 'qrcode';
import { RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { AppConfig } from '../../platform/config';
import { SurveysService } from './surveys.service';

/** The public link's QR code as SVG (for the survey page and its printable poster). */
@Controller('api/surveys')
export class SurveyQrController {
  constructor(
    private readonly service: SurveysService,
    private readonly config: AppConfig,
  ) {}

  @RequirePermission('surveys.manage')
  @Get(':id/qr.svg')
  @Header('Content-Type', 'image/svg+xml')
  @Header('Cache-Control', 'private, no-store')
  async qr(
    @CurrentActor() actor: OrgActor,
    @Param('id') id: string,
    @Query('wave') wave: string | undefined,
  ): Promise<string> {
    const survey = await this.service.get(actor, id);
    const suffix = wave === 'pre' || wave === 'post' ? `?wave=${wave}` : '';
    return QRCode.toString(`${this.config.appUrl}/s/${survey.publicToken}${suffix}`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
  }
}
