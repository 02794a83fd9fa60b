import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configSchema } from './config.schema';

/** Raised when the environment is unusable; its message is one line and never holds a secret. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The validated, typed settings, read once from the environment at boot. */
export class AppConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly databaseUrl: string;
  readonly databasePoolSize: number;
  readonly redisUrl: string;
  readonly queuePrefix: string;
  readonly logLevel: string;
  readonly webDistDir: string | null;
  readonly graphqlMaxDepth: number;
  readonly graphqlMaxComplexity: number;
  readonly shutdownTimeoutMs: number;
  readonly version: string;
  /** Public base URL, used in links inside emails. */
  readonly appUrl: string;
  /** Outgoing mail server; null means mail stays in the outbox (and is reported as undeliverable). */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** When set, the API runs a local SMTP server on this port and shows what it receives (demo only). */
  readonly devMailboxPort: number | null;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteDays: number;
  readonly trustProxy: boolean;
  readonly rateLimitPerMinute: number;
  /** Where uploaded files (imports, later evidence and reports) are kept, an absolute path. */
  readonly storageDir: string;
  /** Largest deprivation lookup CSV accepted, in bytes. */
  readonly lookupMaxBytes: number;
  /** Largest evidence file (photo, artwork, document) accepted, in bytes. */
  readonly evidenceMaxBytes: number;
  /** Key of the hash that pairs a participant's before and after survey responses. */
  readonly surveyPairingSecret: string;

  private constructor(values: ReturnType<typeof configSchema.parse>) {
    this.env = values.NODE_ENV;
    this.host = values.HOST;
    this.port = values.PORT;
    this.databaseUrl = values.DATABASE_URL;
    this.databasePoolSize = values.DATABASE_POOL_SIZE;
    this.redisUrl = values.REDIS_URL;
    this.queuePrefix = values.QUEUE_PREFIX;
    this.logLevel = values.LOG_LEVEL;
    this.webDistDir = values.WEB_DIST_DIR ?? defaultWebDistDir();
    this.graphqlMaxDepth = values.GRAPHQL_MAX_DEPTH;
    this.graphqlMaxComplexity = values.GRAPHQL_MAX_COMPLEXITY;
    this.shutdownTimeoutMs = values.SHUTDOWN_TIMEOUT_MS;
    this.version = readVersion();
    this.appUrl = values.APP_URL.replace(/\/+$/, '');
    this.smtpUrl = values.SMTP_URL ?? null;
    this.mailFrom = values.MAIL_FROM;
    this.devMailboxPort = values.DEV_MAILBOX_PORT ?? null;
    this.sessionIdleMinutes = values.SESSION_IDLE_MINUTES;
    this.sessionAbsoluteDays = values.SESSION_ABSOLUTE_DAYS;
    this.trustProxy = values.TRUST_PROXY === 'true';
    this.rateLimitPerMinute = values.RATE_LIMIT_PER_MINUTE;
    this.storageDir = resolve(values.STORAGE_DIR ?? resolve(repoRoot(), '.data', 'storage'));
    this.lookupMaxBytes = values.LOOKUP_MAX_MB * 1024 * 1024;
    this.evidenceMaxBytes = values.EVIDENCE_MAX_MB * 1024 * 1024;
    this.surveyPairingSecret =
      values.SURVEY_PAIRING_SECRET ?? 'lantern-development-survey-pairing-key';
  }

  get isProduction(): boolean {
    return this.env === 'production';
  }

  /**
   * Validate an environment. Throws ConfigError naming the first bad setting; values are
   * never echoed, so secrets in URLs cannot leak into logs.
   */
  static fromEnv(env: Record<string, string | undefined>): AppConfig {
    const blanksRemoved = Object.fromEntries(
      Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
    );
    const result = configSchema.safeParse(blanksRemoved);
    if (!result.success) {
      const issue = result.error.issues[0];
      const name = String(issue?.path[0] ?? 'environment');
      const problem =
        issue?.code === 'invalid_type' && blanksRemoved[name] === undefined
          ? 'is required'
          : (issue?.message ?? 'is invalid');
      throw new ConfigError(`${name} ${problem}`);
    }
    return new AppConfig(result.data);
  }

  /** Settings for tests: a valid base with overrides. */
  static forTest(overrides: Record<string, string | undefined>): AppConfig {
    return AppConfig.fromEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
      ...overrides,
    });
  }
}

/** The one place that reads process.env. */
export function loadConfigFromProcess(): AppConfig {
  return AppConfig.fromEnv(process.env);
}

function repoRoot(): string {
  // apps/api/src/platform/config (ts) or apps/api/dist/platform/config (js)
  return resolve(__dirname, '..', '..', '..', '..', '..');
}

function defaultWebDistDir(): string | null {
  const dir = resolve(repoRoot(), 'apps', 'web', 'dist');
  return existsSync(resolve(dir, 'index.html')) ? dir : null;
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(
      readFileSync(resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8'),
    ) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
