import { createHash, randomBytes } from 'node:crypto';

/** An unguessable opaque token (256 bits) for cookies and emailed links. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this is stored: a leaked table does not hand out working tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
