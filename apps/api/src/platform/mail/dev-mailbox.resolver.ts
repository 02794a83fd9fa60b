import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorators';
import { DevMailModel } from './dev-mail.model';
import { DevMailboxService } from './dev-mailbox.service';

@Resolver(() => DevMailModel)
export class DevMailboxResolver {
  constructor(private readonly mailbox: DevMailboxService) {}

  // Demo only: off unless DEV_MAILBOX_PORT is set, and then it holds only what the demo sent.
  @Public()
  @Query(() => Boolean, {
    description: 'Whether this server catches outgoing mail locally (the demo does).',
  })
  devMailboxEnabled(): boolean {
    return this.mailbox.enabled;
  }

  @Public()
  @Query(() => [DevMailModel], {
    description: 'Mail caught by the local dev mailbox, newest first. NOT_FOUND when it is off.',
  })
  async devMailbox(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<DevMailModel[]> {
    const mails = await this.mailbox.latest(first);
    return mails.map((mail) => DevMailModel.fromEntity(mail));
  }
}
