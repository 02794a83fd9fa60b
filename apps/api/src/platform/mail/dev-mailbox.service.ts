import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config';
import { BadUserInputError, NotFoundError } from '../graphql/app-errors';
import type { DevMailEntity } from './dev-mail.entity';
import { DevMailboxRepository, type NewDevMail } from './dev-mailbox.repository';

export const DEV_MAILBOX_MAX_PAGE = 200;

/**
 * The demo's mailbox: what the local SMTP server caught. Exists only when DEV_MAILBOX_PORT
 * is set; otherwise reading it answers NOT_FOUND, so a real deployment exposes nothing.
 */
@Injectable()
export class DevMailboxService {
  constructor(
    private readonly config: AppConfig,
    private readonly repository: DevMailboxRepository,
  ) {}

  get enabled(): boolean {
    return this.config.devMailboxPort !== null;
  }

  async latest(first: number): Promise<DevMailEntity[]> {
    if (!this.enabled) throw new NotFoundError('Dev mailbox');
    if (!Number.isInteger(first) || first < 1 || first > DEV_MAILBOX_MAX_PAGE) {
      throw BadUserInputError.field(['first'], `must be between 1 and ${DEV_MAILBOX_MAX_PAGE}`);
    }
    return this.repository.latest(first);
  }

  record(mail: NewDevMail): Promise<DevMailEntity> {
    return this.repository.insert(mail);
  }
}
