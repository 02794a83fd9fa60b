import { z } from 'zod';

const port = z.coerce
  .number({ message: 'must be a port number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const positiveInt = z.coerce
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .positive('must be greater than 0');

function urlWithProtocols(protocols: string[], example: string) {
  return z
    .string({ message: 'is required' })
    .min(1, 'is required')
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL like ${example}`);
}

/**
 * Every environment variable the API and worker read, with its default. The README's
 * configuration table mirrors this schema.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(3000),
  DATABASE_URL: urlWithProtocols(['postgres:', 'postgresql:'], 'postgres://user:pass@host:5432/db'),
  DATABASE_POOL_SIZE: positiveInt.default(10),
  REDIS_URL: urlWithProtocols(['redis:', 'rediss:'], 'redis://host:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]+$/, 'may use only letters, digits and _ . : -')
    .default('lantern'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().optional(),
  GRAPHQL_MAX_DEPTH: positiveInt.default(10),
  GRAPHQL_MAX_COMPLEXITY: positiveInt.default(2000),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(15000),
  APP_URL: urlWithProtocols(['http:', 'https:'], 'https://lantern.example.org').default(
    'http://localhost:3000',
  ),
  SMTP_URL: urlWithProtocols(
    ['smtp:', 'smtps:'],
    'smtp://user:pass@mail.example.org:587',
  ).optional(),
  MAIL_FROM: z.string().min(3).default('Lantern <no-reply@lantern.localhost>'),
  DEV_MAILBOX_PORT: port.optional(),
  SESSION_IDLE_MINUTES: positiveInt.default(480),
  SESSION_ABSOLUTE_DAYS: positiveInt.default(14),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  RATE_LIMIT_PER_MINUTE: positiveInt.default(10),
  STORAGE_DIR: z.string().min(1).optional(),
  LOOKUP_MAX_MB: positiveInt.default(500),
  EVIDENCE_MAX_MB: positiveInt.default(20),
  SURVEY_PAIRING_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
});

export type ConfigEnv = z.input<typeof configSchema>;
