import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../config';
import { redisConnectionOptions } from './redis-connection';
import { RedisService } from './redis.service';

/**
 * The BullMQ connection shared by producers (API) and processors (worker). Every queue and
 * job scheduler lives under QUEUE_PREFIX, so test runs can use a prefix of their own.
 */
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      providers: [RedisService],
      exports: [RedisService],
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            connection: redisConnectionOptions(config.redisUrl),
            prefix: config.queuePrefix,
          }),
        }),
      ],
    };
  }
}
