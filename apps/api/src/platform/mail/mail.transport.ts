import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
}

/** A delivery failure, with a message that is one line and holds no credentials. */
export class MailDeliveryError extends Error {
  override name = 'MailDeliveryError';
  constructor(
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

export const SMTP_NOT_CONFIGURED = 'SMTP_URL is not set: mail cannot be delivered';

/** Don't let a silent SMTP server hold a worker (and the outbox row lock) for minutes. */
const TIMEOUTS = { connectionTimeout: '10000', greetingTimeout: '10000', socketTimeout: '30000' };

/**
 * First line of an error's message, with URL credentials and the given secrets masked, at
 * most 500 characters. Used for anything stored or logged about a failed delivery.
 */
export function describeMailError(error: unknown, secrets: readonly string[] = []): string {
  const raw = error instanceof Error ? error.message : String(error);
  let line =
    (raw.split(/\r?\n/)[0] ?? '').trim() || (error instanceof Error ? error.name : 'unknown error');
  line = line.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]*@/gi, '$1***@');
  for (const secret of secrets) {
    if (secret.length > 0) line = line.split(secret).join('***');
  }
  return line.length > 500 ? `${line.slice(0, 499)}…` : line;
}

/** SMTP_URL with our timeouts added as query options, unless the URL sets them itself. */
export function smtpUrlWithDefaults(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(TIMEOUTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  return url.toString();
}

function secretsOf(smtpUrl: string | null): string[] {
  if (!smtpUrl) return [];
  const url = new URL(smtpUrl);
  const secrets = [url.password, safeDecode(url.password)];
  return secrets.filter((secret) => secret.length > 0);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Sends one message over SMTP (nodemailer, one connection per message) from MAIL_FROM.
 * Without SMTP_URL every send fails loudly, so mail stays visibly pending and then failed in
 * the outbox instead of vanishing. Tests replace this class or point SMTP_URL at a catcher.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter | null;
  private readonly secrets: string[];

  constructor(config: AppConfig) {
    this.secrets = secretsOf(config.smtpUrl);
    this.transporter = config.smtpUrl
      ? createTransport(smtpUrlWithDefaults(config.smtpUrl), { from: config.mailFrom })
      : null;
  }

  get configured(): boolean {
    return this.transporter !== null;
  }

  /** Resolves once the server accepted the message; rejects with a MailDeliveryError. */
  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    if (!this.transporter) throw new MailDeliveryError(SMTP_NOT_CONFIGURED, 'ECONFIG');
    try {
      const info = (await this.transporter.sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
      })) as { messageId?: string };
      return { messageId: info.messageId ?? '' };
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      throw new MailDeliveryError(
        describeMailError(error, this.secrets),
        typeof code === 'string' ? code : null,
      );
    }
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
