import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { MailOutboxEntity, type MailStatus } from './mail-outbox.entity';

export type NewOutboxMail = Pick<
  MailOutboxEntity,
  'organisationId' | 'kind' | 'toAddress' | 'subject' | 'textBody' | 'htmlBody' | 'nextAttemptAt'
>;

/**
 * The only place that talks to TypeORM about the outbox. Methods that take an EntityManager
 * run inside the caller's transaction; the others use the pool.
 */
@Injectable()
export class MailOutboxRepository {
  constructor(
    @InjectRepository(MailOutboxEntity) private readonly repo: Repository<MailOutboxEntity>,
  ) {}

  async insert(manager: EntityManager, mail: NewOutboxMail): Promise<MailOutboxEntity> {
    const repo = manager.getRepository(MailOutboxEntity);
    return repo.save(
      repo.create({ ...mail, status: 'PENDING', attempts: 0, lastError: null, sentAt: null }),
    );
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.repo.manager.transaction(work);
  }

  /**
   * Locks the row for this transaction (`FOR UPDATE SKIP LOCKED`). Null when it does not
   * exist or another transaction holds it (someone else is sending it right now).
   */
  lockForSending(manager: EntityManager, id: string): Promise<MailOutboxEntity | null> {
    return manager
      .getRepository(MailOutboxEntity)
      .createQueryBuilder('mail')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('mail.id = :id', { id })
      .getOne();
  }

  async markSent(
    manager: EntityManager,
    id: string,
    attempts: number,
    sentAt: Date,
  ): Promise<void> {
    await manager
      .getRepository(MailOutboxEntity)
      .update({ id, status: 'PENDING' }, { status: 'SENT', attempts, sentAt, lastError: null });
  }

  async recordFailure(
    manager: EntityManager,
    id: string,
    values: {
      status: Extract<MailStatus, 'PENDING' | 'FAILED'>;
      attempts: number;
      lastError: string;
      nextAttemptAt: Date;
    },
  ): Promise<void> {
    await manager.getRepository(MailOutboxEntity).update({ id, status: 'PENDING' }, values);
  }

  /** Ids of pending mail that is due, oldest due first. */
  async findDueIds(now: Date, limit: number): Promise<string[]> {
    const rows = await this.repo
      .createQueryBuilder('mail')
      .select('mail.id', 'id')
      .where('mail.status = :status AND mail.next_attempt_at <= :now', { status: 'PENDING', now })
      .orderBy('mail.next_attempt_at', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  findById(id: string): Promise<MailOutboxEntity | null> {
    return this.repo.findOneBy({ id });
  }
}
