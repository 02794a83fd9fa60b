import { WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

/**
 * Closes every BullMQ worker before anything else shuts down, so the job in hand finishes
 * while the database connection is still open. (Nest closes TypeORM and the workers in the
 * same later phase, in no guaranteed order.)
 */
@Injectable()
export class WorkerShutdownService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerShutdownService.name);

  constructor(private readonly discovery: DiscoveryService) {}

  async beforeApplicationShutdown(): Promise<void> {
    const hosts = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost);
    await Promise.all(
      hosts.map(async (host) => {
        try {
          await host.worker.close();
        } catch (error) {
          this.logger.warn({ err: error }, 'a worker did not close cleanly');
        }
      }),
    );
  }
}
