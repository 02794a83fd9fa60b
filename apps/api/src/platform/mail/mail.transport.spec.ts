import { describe, expect, it } from 'vitest';
import { AppConfig } from '../config';
import {
  describeMailError,
  MailDeliveryError,
  MailTransport,
  smtpUrlWithDefaults,
} from './mail.transport';

const base = {
  DATABASE_URL: 'postgres://u:p@localhost:5432/db',
  REDIS_URL: 'redis://localhost:6379',
};

describe('MailTransport', () => {
  it('fails loudly when SMTP_URL is not set, instead of dropping the mail', async () => {
    const transport = new MailTransport(AppConfig.forTest(base));
    expect(transport.configured).toBe(false);
    const sending = transport.send({ to: 'a@example.org', subject: 's', text: 't' });
    await expect(sending).rejects.toBeInstanceOf(MailDeliveryError);
    await expect(sending).rejects.toThrow('SMTP_URL is not set: mail cannot be delivered');
  });

  it('is configured from SMTP_URL', () => {
    const transport = new MailTransport(
      AppConfig.forTest({ ...base, SMTP_URL: 'smtp://127.0.0.1:2525' }),
    );
    expect(transport.configured).toBe(true);
    transport.onApplicationShutdown();
  });
});

describe('describeMailError', () => {
  it('keeps the first line only', () => {
    expect(describeMailError(new Error('connect ECONNREFUSED 127.0.0.1:2525\n    at stack'))).toBe(
      'connect ECONNREFUSED 127.0.0.1:2525',
    );
  });

  it('masks credentials in URLs and the given secrets', () => {
    expect(
      describeMailError(
        new Error('cannot reach smtps://mailer:hunter2@mail.example.org:465 (hunter2)'),
        ['hunter2'],
      ),
    ).toBe('cannot reach smtps://***@mail.example.org:465 (***)');
  });

  it('copes with non-errors, empty messages and very long ones', () => {
    expect(describeMailError('plain string')).toBe('plain string');
    expect(describeMailError(new TypeError(''))).toBe('TypeError');
    expect(describeMailError(new Error('x'.repeat(2000)))).toHaveLength(500);
  });
});

describe('smtpUrlWithDefaults', () => {
  it('adds timeouts unless the URL sets them, keeping credentials', () => {
    const url = new URL(
      smtpUrlWithDefaults('smtp://user:p%40ss@mail.example.org:587?socketTimeout=5000'),
    );
    expect(url.username).toBe('user');
    expect(url.password).toBe('p%40ss');
    expect(url.searchParams.get('socketTimeout')).toBe('5000');
    expect(url.searchParams.get('connectionTimeout')).toBe('10000');
    expect(url.searchParams.get('greetingTimeout')).toBe('10000');
  });
});
