import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config';
import { RateLimitedError } from '../graphql/app-errors';
import { RedisService } from '../queue/redis.service';

/**
 * Fixed one-minute windows in Redis, shared by every API process. `consume` counts one
 * attempt against each key (e.g. per IP and per account) and refuses when any is over.
 */
@Injectable()
export class RateLimiter {
  constructor(
    private readonly redis: RedisService,
    private readonly config: AppConfig,
  ) {}

  async consume(
    action: string,
    keys: string[],
    limit = this.config.rateLimitPerMinute,
    windowSeconds = 60,
  ): Promise<void> {
    await this.redis.ping();
    const pipeline = this.redis.client.multi();
    const fullKeys = keys.map((key) => `${this.config.queuePrefix}:rl:${action}:${key}`);
    for (const key of fullKeys) {
      pipeline.incr(key);
      pipeline.expire(key, windowSeconds, 'NX');
      pipeline.ttl(key);
    }
    const results = (await pipeline.exec()) ?? [];
    let retryAfter = 0;
    fullKeys.forEach((_, i) => {
      const count = Number(results[i * 3]?.[1] ?? 0);
      const ttl = Number(results[i * 3 + 2]?.[1] ?? windowSeconds);
      if (count > limit) retryAfter = Math.max(retryAfter, ttl > 0 ? ttl : windowSeconds);
    });
    if (retryAfter > 0) throw new RateLimitedError(retryAfter);
  }
}
