import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { BootError } from '../bootstrap/preflight';
import { AppConfig } from '../config';
import { DevMailboxService } from './dev-mailbox.service';

export const DEV_MAILBOX_HOST = '127.0.0.1';
export const DEV_MAILBOX_MAX_BYTES = 1024 * 1024;

function addressText(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((address) => address.text).join(', ');
}

function envelopeAddress(address: { address: string } | false | undefined): string {
  return address ? address.address : '';
}

/**
 * The demo's mailbox (API process only, and only when DEV_MAILBOX_PORT is set): a plain
 * SMTP server on 127.0.0.1 that stores whatever it receives, for the dashboard's "dev
 * mailbox" page. Point SMTP_URL at it (smtp://127.0.0.1:<port>) and the worker's mail
 * lands there instead of in someone's inbox.
 */
@Injectable()
export class DevMailboxServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DevMailboxServer.name);
  private server: SMTPServer | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly devMailbox: DevMailboxService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.devMailboxPort;
    if (port === null) return;
    const server = new SMTPServer({
      banner: 'Lantern dev mailbox',
      authOptional: true,
      // Any login is accepted: the server only listens on loopback and only stores mail.
      allowInsecureAuth: true,
      onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'dev' }),
      disabledCommands: ['STARTTLS'],
      size: DEV_MAILBOX_MAX_BYTES,
      disableReverseLookup: true,
      logger: false,
      closeTimeout: 2000,
      onData: (stream, session, callback) => {
        this.receive(stream, session).then(
          () => callback(),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, DEV_MAILBOX_HOST, () => {
          server.off('error', reject);
          resolve();
        });
      });
    } catch (error) {
      server.close();
      const code = (error as { code?: unknown } | null)?.code;
      throw new BootError(
        code === 'EADDRINUSE'
          ? `dev mailbox: port ${port} on ${DEV_MAILBOX_HOST} is already in use: stop the other program or set DEV_MAILBOX_PORT to a free port`
          : `dev mailbox: cannot listen on ${DEV_MAILBOX_HOST}:${port}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
    server.on('error', (error: Error) =>
      this.logger.warn({ err: error.message }, 'dev mailbox connection error'),
    );
    this.server = server;
    this.logger.log(`Dev mailbox listening on smtp://${DEV_MAILBOX_HOST}:${port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const parsed = await simpleParser(stream);
    if (stream.sizeExceeded) {
      throw Object.assign(
        new Error(`Message exceeds the dev mailbox limit of ${DEV_MAILBOX_MAX_BYTES} bytes`),
        {
          responseCode: 552,
        },
      );
    }
    const to =
      addressText(parsed.to) ||
      session.envelope.rcptTo.map((recipient) => recipient.address).join(', ');
    await this.devMailbox.record({
      toAddress: to,
      fromAddress: parsed.from?.text || envelopeAddress(session.envelope.mailFrom),
      subject: parsed.subject ?? '',
      textBody: parsed.text ?? '',
      htmlBody: typeof parsed.html === 'string' ? parsed.html : null,
    });
  }
}
