import { Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../platform/auth/access.decorators';
import { AppConfig } from '../../platform/config';
import { HealthService } from '../../platform/health/health.service';
import { WorkerChecksProducer } from '../worker-checks/worker-checks.queue';
import { SystemStatusModel } from './system-status.model';

@Resolver(() => SystemStatusModel)
export class SystemResolver {
  constructor(
    private readonly config: AppConfig,
    private readonly health: HealthService,
    private readonly queue: WorkerChecksProducer,
  ) {}

  @RequirePermission('system.manage')
  @Query(() => SystemStatusModel)
  async systemStatus(): Promise<SystemStatusModel> {
    const [database, redis, queue] = await Promise.all([
      this.health.database(),
      this.health.redisHealth(),
      this.queue
        .health()
        .catch(() => ({ waiting: 0, active: 0, failed: 0, delayed: 0, workers: 0 })),
    ]);
    return {
      version: this.config.version,
      environment: this.config.env,
      database: { ok: database.ok, latencyMs: database.latencyMs },
      redis: { ok: redis.ok, latencyMs: redis.latencyMs },
      queue,
    };
  }
}
