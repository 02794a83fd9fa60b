import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RedisService } from '../queue/redis.service';

export interface ServiceHealth {
  ok: boolean;
  latencyMs: number | null;
  error?: string;
}

const CHECK_TIMEOUT_MS = 2000;

/** Liveness of the two services the product cannot work without. */
@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisService,
  ) {}

  database(): Promise<ServiceHealth> {
    return timed(() => this.dataSource.query('SELECT 1'));
  }

  redisHealth(): Promise<ServiceHealth> {
    return timed(() => this.redis.ping());
  }
}

async function timed(check: () => Promise<unknown>): Promise<ServiceHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 100) / 100 };
  } catch (error) {
    return {
      ok: false,
      latencyMs: null,
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}
