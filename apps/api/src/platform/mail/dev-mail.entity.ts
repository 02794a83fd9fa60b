import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A message caught by the demo's local SMTP server (only when DEV_MAILBOX_PORT is set). */
@Entity({ name: 'dev_mailbox_messages' })
@Index('dev_mailbox_messages_received_at_idx', ['receivedAt'])
export class DevMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  fromAddress: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text', nullable: true })
  htmlBody: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;
}
