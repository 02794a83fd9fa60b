import { describe, expect, it } from 'vitest';
import { AppConfig, ConfigError } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://lantern:s3cret@db.example:5432/lantern',
  REDIS_URL: 'redis://cache:6379',
};

function errorFor(env: Record<string, string | undefined>): string {
  try {
    AppConfig.fromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('AppConfig.fromEnv', () => {
  it('applies the documented defaults', () => {
    const config = AppConfig.fromEnv(valid);
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      host: '0.0.0.0',
      queuePrefix: 'lantern',
      logLevel: 'info',
      graphqlMaxDepth: 10,
      graphqlMaxComplexity: 2000,
      databasePoolSize: 10,
      lookupMaxBytes: 500 * 1024 * 1024,
    });
    expect(config.isProduction).toBe(false);
    expect(AppConfig.fromEnv({ ...valid, LOOKUP_MAX_MB: '20' }).lookupMaxBytes).toBe(
      20 * 1024 * 1024,
    );
  });

  it('names a missing setting', () => {
    expect(errorFor({ REDIS_URL: valid.REDIS_URL })).toBe('DATABASE_URL is required');
    expect(errorFor({ DATABASE_URL: valid.DATABASE_URL, REDIS_URL: '' })).toBe(
      'REDIS_URL is required',
    );
  });

  it('names a malformed setting without echoing its value', () => {
    const message = errorFor({ ...valid, DATABASE_URL: 'mysql://root:hunter2@db/lantern' });
    expect(message).toBe('DATABASE_URL must be a URL like postgres://user:pass@host:5432/db');
    expect(message).not.toContain('hunter2');
    expect(errorFor({ ...valid, REDIS_URL: 'not a url' })).toBe(
      'REDIS_URL must be a URL like redis://host:6379',
    );
  });

  it('checks numbers and enums', () => {
    expect(errorFor({ ...valid, PORT: '99999' })).toBe('PORT must be between 1 and 65535');
    expect(errorFor({ ...valid, PORT: 'eighty' })).toBe('PORT must be a port number');
    expect(errorFor({ ...valid, LOOKUP_MAX_MB: '0' })).toMatch(/^LOOKUP_MAX_MB /);
    expect(errorFor({ ...valid, NODE_ENV: 'staging' })).toMatch(/^NODE_ENV /);
    expect(errorFor({ ...valid, QUEUE_PREFIX: 'has space' })).toBe(
      'QUEUE_PREFIX may use only letters, digits and _ . : -',
    );
  });

  it('knows production', () => {
    expect(AppConfig.fromEnv({ ...valid, NODE_ENV: 'production' }).isProduction).toBe(true);
  });
});
