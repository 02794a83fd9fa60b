import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock } from '../clock/clock';
import { DevMailEntity } from './dev-mail.entity';
import { DevMailboxRepository } from './dev-mailbox.repository';
import { DevMailboxResolver } from './dev-mailbox.resolver';
import { DevMailboxServer } from './dev-mailbox.server';
import { DevMailboxService } from './dev-mailbox.service';
import { MailOutboxEntity } from './mail-outbox.entity';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailOutboxService } from './mail-outbox.service';
import { MailProcessor } from './mail.processor';
import { MAIL_QUEUE, MailProducer } from './mail.queue';
import { MailSchedules } from './mail.schedules';
import { MailTransport } from './mail.transport';

const shared = {
  imports: [
    TypeOrmModule.forFeature([MailOutboxEntity, DevMailEntity]),
    BullModule.registerQueue({ name: MAIL_QUEUE }),
  ],
  providers: [MailOutboxService, MailOutboxRepository, MailProducer, MailTransport, Clock],
};

/**
 * The mail outbox. Global, imported once by each app module: ApiModule imports `forApi()`
 * (enqueue + dispatch, the dev mailbox server and its queries), WorkerModule imports
 * `forWorker()` (the processor that sends and the sweep schedule). Feature modules inject
 * MailOutboxService without importing anything, so a feature shared by both processes never
 * drags the dev mailbox server into the worker or the processor into the API.
 */
@Module({})
export class MailModule {
  static forApi(): DynamicModule {
    return {
      module: MailModule,
      global: true,
      imports: shared.imports,
      providers: [
        ...shared.providers,
        DevMailboxRepository,
        DevMailboxService,
        DevMailboxServer,
        DevMailboxResolver,
      ],
      exports: [MailOutboxService],
    };
  }

  static forWorker(): DynamicModule {
    return {
      module: MailModule,
      global: true,
      imports: shared.imports,
      providers: [...shared.providers, MailProcessor, MailSchedules],
      exports: [MailOutboxService],
    };
  }
}
