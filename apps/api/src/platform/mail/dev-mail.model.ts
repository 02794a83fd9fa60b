import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { DevMailEntity } from './dev-mail.entity';
import { extractLinks } from './mail-links';

@ObjectType('DevMail', {
  description: "A message caught by the demo's local mailbox (DEV_MAILBOX_PORT).",
})
export class DevMailModel {
  @Field(() => ID)
  id: string;

  @Field()
  to: string;

  @Field()
  subject: string;

  @Field()
  text: string;

  @Field(() => [String], {
    description: 'Every http(s) link in the text, in order, without duplicates.',
  })
  links: string[];

  @Field()
  receivedAt: Date;

  static fromEntity(entity: DevMailEntity): DevMailModel {
    return Object.assign(new DevMailModel(), {
      id: entity.id,
      to: entity.toAddress,
      subject: entity.subject,
      text: entity.textBody,
      links: extractLinks(entity.textBody),
      receivedAt: entity.receivedAt,
    });
  }
}
