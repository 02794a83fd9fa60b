import { DynamicModule, Module } from '@nestjs/common';
import { Clock } from '../platform/clock/clock';
import { AppConfig, ConfigModule } from '../platform/config';
import { DatabaseModule } from '../platform/database/database.module';
import { LoggingModule } from '../platform/logging/logging.module';
import { QueueModule } from '../platform/queue/queue.module';
import { StorageModule } from '../platform/storage/storage.module';

/** What both processes need: settings, logs, the database, the queue connection and file storage. */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, process: 'api' | 'worker'): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      providers: [Clock],
      exports: [Clock],
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(process),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(),
        StorageModule,
      ],
    };
  }
}
