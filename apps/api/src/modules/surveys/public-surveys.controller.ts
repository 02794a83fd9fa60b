import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../platform/auth/access.decorators';
import { CsrfHeaderGuard } from '../../platform/http/csrf-header.guard';
import { PublicSurveysService, type PublicSurveyView } from './public-surveys.service';

/** The handler's own time (`app`) and its phases, for the benchmark and browser dev tools. */
function serverTiming(res: Response, started: bigint, phases: Record<string, number> = {}): void {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const parts = Object.entries(phases).map(([name, dur]) => `${name};dur=${dur.toFixed(2)}`);
  res.setHeader('Server-Timing', [`app;dur=${ms.toFixed(2)}`, ...parts].join(', '));
}

/**
 * The public survey endpoints (no account): lean REST so the hot path stays small. Answers
 * carry a Server-Timing header with the handler's own time, for the benchmark.
 */
@Controller('api/public')
export class PublicSurveysController {
  constructor(private readonly service: PublicSurveysService) {}

  @Public()
  @Get('surveys/:token')
  async read(
    @Param('token') token: string,
    @Query('f') followUpToken: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PublicSurveyView> {
    res.setHeader('Cache-Control', 'no-store');
    return this.service.read(token, followUpToken || null);
  }

  @Public()
  @UseGuards(CsrfHeaderGuard)
  @Post('surveys/:token/responses')
  @HttpCode(201)
  async submit(
    @Param('token') token: string,
    @Body() body: unknown,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const started = process.hrtime.bigint();
    const phases: Record<string, number> = {};
    const result = await this.service.submit(token, req.ip ?? 'unknown', body, phases);
    serverTiming(res, started, phases);
    return result;
  }

  @Public()
  @UseGuards(CsrfHeaderGuard)
  @Post('surveys/:token/follow-up')
  @HttpCode(201)
  consent(@Param('token') token: string, @Body() body: unknown, @Req() req: Request) {
    return this.service.consent(token, req.ip ?? 'unknown', body);
  }

  @Public()
  @UseGuards(CsrfHeaderGuard)
  @Post('follow-up/withdraw')
  @HttpCode(200)
  async withdraw(@Body() body: unknown, @Req() req: Request): Promise<{ withdrawn: true }> {
    await this.service.withdraw(req.ip ?? 'unknown', body);
    return { withdrawn: true };
  }
}
