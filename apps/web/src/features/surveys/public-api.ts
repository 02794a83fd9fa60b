import type { SurveyScale } from '@lantern/domain';

/** The survey as the public endpoint sends it. */
export interface PublicSurvey {
  title: string;
  intro: string | null;
  organisationName: string;
  kind: 'SINGLE' | 'PRE_POST';
  items: Array<{ code: string; scale: SurveyScale; label: string; statement: string }>;
  offersFollowUp: boolean;
  followUpPurpose: string | null;
  followUpMonths: number | null;
}

export class PublicApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: Array<{ path: string[]; message: string }> = [],
  ) {
    super(message);
  }
}

const GENERIC = 'Something went wrong. Check your connection and try again.';

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        method === 'POST'
          ? { 'content-type': 'application/json', 'x-lantern-request': '1' }
          : { accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new PublicApiError(0, GENERIC);
  }
  const json = (await response.json().catch(() => null)) as {
    error?: { message?: string; fieldErrors?: Array<{ path: string[]; message: string }> };
  } | null;
  if (!response.ok) {
    throw new PublicApiError(
      response.status,
      json?.error?.message ?? GENERIC,
      json?.error?.fieldErrors ?? [],
    );
  }
  return json as T;
}

export function fetchPublicSurvey(token: string, followUpToken: string | null) {
  const query = followUpToken ? `?f=${encodeURIComponent(followUpToken)}` : '';
  return call<PublicSurvey>('GET', `/api/public/surveys/${encodeURIComponent(token)}${query}`);
}

export function submitPublicResponse(
  token: string,
  body: {
    wave: 'PRE' | 'POST' | null;
    pairingCode: string | null;
    followUpToken: string | null;
    answers: Array<{ itemCode: string; value?: number; text?: string }>;
  },
) {
  return call<{ pairingCode: string | null; wave: string }>(
    'POST',
    `/api/public/surveys/${encodeURIComponent(token)}/responses`,
    body,
  );
}

export function consentToFollowUp(
  token: string,
  body: { email: string; givenBy: 'SELF' | 'PARENT_GUARDIAN'; agreed: boolean },
) {
  return call<{ withdrawToken: string }>(
    'POST',
    `/api/public/surveys/${encodeURIComponent(token)}/follow-up`,
    body,
  );
}

export function withdrawFollowUp(token: string) {
  return call<{ withdrawn: true }>('POST', '/api/public/follow-up/withdraw', { token });
}

/** Where this device keeps the pairing code of a before/after survey. */
export function pairingStorageKey(token: string): string {
  return `lantern.survey.${token}.pairing`;
}
