import { randomUUID } from 'node:crypto';
import type { ErrorCode } from '@lantern/domain';
import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, BadUserInputError } from '../graphql/app-errors';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  GONE: 410,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  410: 'GONE',
  413: 'BAD_USER_INPUT',
  415: 'BAD_USER_INPUT',
  429: 'RATE_LIMITED',
};

export interface RestErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    fieldErrors?: { path: string[]; message: string }[];
    correlationId?: string;
  };
}

/**
 * REST endpoints (uploads, downloads) answer errors in the same vocabulary as GraphQL:
 * `{ error: { code, message, fieldErrors? } }` with the matching HTTP status. Unknown errors
 * become INTERNAL with a correlation id that is logged; no stack reaches the client.
 * GraphQL errors are left to the GraphQL error formatter.
 */
@Catch()
export class RestErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('RestErrors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() !== 'http') throw exception;
    const res = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.toResponse(exception);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (exception instanceof AppError && exception.code === 'RATE_LIMITED') {
      const retry = (exception as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retry) res.setHeader('Retry-After', String(retry));
    }
    res.status(status).json(body);
  }

  toResponse(exception: unknown): { status: number; body: RestErrorBody } {
    if (exception instanceof AppError) {
      return {
        status: STATUS[exception.code],
        body: {
          error: {
            code: exception.code,
            message: exception.message,
            ...(exception instanceof BadUserInputError
              ? { fieldErrors: exception.fieldErrors }
              : {}),
          },
        },
      };
    }
    if (exception instanceof HttpException && HTTP_CODES[exception.getStatus()]) {
      const status = exception.getStatus();
      return {
        status,
        body: { error: { code: HTTP_CODES[status] ?? 'INTERNAL', message: exception.message } },
      };
    }
    const correlationId = randomUUID();
    this.logger.error({ err: exception, correlationId }, 'Unexpected error in a REST handler');
    return {
      status: 500,
      body: {
        error: {
          code: 'INTERNAL',
          message: `Something went wrong on our side. Reference: ${correlationId}`,
          correlationId,
        },
      },
    };
  }
}
