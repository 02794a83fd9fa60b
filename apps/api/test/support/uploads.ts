import type { GraphQLClient } from './test-app';

export interface RawResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  /** The JSON answer (every REST answer, errors included, is JSON). */
  body: T;
}

/**
 * POSTs a raw body (a file upload) to a REST endpoint as `client` (its session cookie; null:
 * signed out), with the CSRF header unless `csrf: false`. A stream body is sent chunked.
 */
export async function postRaw<T = Record<string, unknown>>(
  baseUrl: string,
  client: GraphQLClient | null,
  path: string,
  body: string | Buffer | ReadableStream<Uint8Array>,
  options: { headers?: Record<string, string>; csrf?: boolean } = {},
): Promise<RawResponse<T>> {
  const headers: Record<string, string> = {
    ...(options.csrf === false ? {} : { 'x-lantern-request': '1' }),
    ...(client?.cookie ? { cookie: client.cookie } : {}),
    ...options.headers,
  };
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { text };
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}
