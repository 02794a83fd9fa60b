import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DevMailEntity } from './dev-mail.entity';

export type NewDevMail = Pick<
  DevMailEntity,
  'toAddress' | 'fromAddress' | 'subject' | 'textBody' | 'htmlBody'
>;

/** The only place that talks to TypeORM about the demo's caught mail (platform-level, no tenant). */
@Injectable()
export class DevMailboxRepository {
  constructor(@InjectRepository(DevMailEntity) private readonly repo: Repository<DevMailEntity>) {}

  insert(mail: NewDevMail): Promise<DevMailEntity> {
    return this.repo.save(this.repo.create(mail));
  }

  /** Newest first. */
  latest(first: number): Promise<DevMailEntity[]> {
    return this.repo
      .createQueryBuilder('mail')
      .orderBy('mail.received_at', 'DESC')
      .addOrderBy('mail.id', 'DESC')
      .limit(first)
      .getMany();
  }
}
