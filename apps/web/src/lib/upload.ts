import type { GraphQLFormattedError } from 'graphql';

/** Header every state-changing REST call carries (the API's CSRF check). */
export const CSRF_HEADER = 'x-lantern-request';

/**
 * An error answered by one of the API's REST endpoints (`{ error: { code, message,
 * fieldErrors? } }`), shaped like GraphQL errors so `toUserError` maps both the same way.
 */
export class RestApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly GraphQLFormattedError[],
  ) {
    super(errors[0]?.message ?? `HTTP ${status}`);
    this.name = 'RestApiError';
  }
}

/** The request never got an answer: offline, DNS, aborted connection. */
export class UploadNetworkError extends Error {
  constructor(message = 'The upload did not reach Lantern') {
    super(message);
    this.name = 'UploadNetworkError';
  }
}

export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0-100, whole. */
  percent: number;
}

export interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

const TYPES_BY_EXTENSION: Record<string, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function contentTypeOf(file: File): string {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return file.type || TYPES_BY_EXTENSION[extension] || 'application/octet-stream';
}

export function restErrorFromBody(status: number, body: unknown): RestApiError {
  const error =
    typeof body === 'object' && body !== null && 'error' in body
      ? (body as { error: Record<string, unknown> }).error
      : null;
  const code =
    typeof error?.['code'] === 'string'
      ? error['code']
      : status >= 500
        ? 'INTERNAL'
        : 'BAD_USER_INPUT';
  const message = typeof error?.['message'] === 'string' ? error['message'] : `HTTP ${status}`;
  return new RestApiError(status, [
    {
      message,
      extensions: {
        code,
        ...(Array.isArray(error?.['fieldErrors']) ? { fieldErrors: error['fieldErrors'] } : {}),
        ...(typeof error?.['correlationId'] === 'string'
          ? { correlationId: error['correlationId'] }
          : {}),
        // How many problems a file has in all (only the first are listed in fieldErrors).
        ...(typeof error?.['errorCount'] === 'number' ? { errorCount: error['errorCount'] } : {}),
        ...(typeof error?.['retryAfterSeconds'] === 'number'
          ? { retryAfterSeconds: error['retryAfterSeconds'] }
          : {}),
      },
    },
  ]);
}

/**
 * Sends a file as the raw request body (the API streams it; no multipart), with upload
 * progress. Resolves with the parsed JSON answer; rejects with RestApiError or
 * UploadNetworkError.
 */
export function uploadFile<T>(url: string, file: File, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', contentTypeOf(file));
    xhr.setRequestHeader('x-filename', encodeURIComponent(file.name));
    xhr.setRequestHeader(CSRF_HEADER, '1');
    xhr.upload.onprogress = (event) => {
      if (!event.lengthComputable || !options.onProgress) return;
      options.onProgress({
        loaded: event.loaded,
        total: event.total,
        percent: Math.min(100, Math.round((event.loaded / event.total) * 100)),
      });
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(restErrorFromBody(xhr.status, body));
    };
    xhr.onerror = () => reject(new UploadNetworkError());
    xhr.onabort = () => reject(new UploadNetworkError('The upload was cancelled'));
    if (options.signal) {
      if (options.signal.aborted) {
        reject(new UploadNetworkError('The upload was cancelled'));
        return;
      }
      options.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}
