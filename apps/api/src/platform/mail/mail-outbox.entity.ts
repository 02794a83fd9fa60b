import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const MAIL_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * Mail waiting to be sent. Written in the same transaction as the change that causes it
 * (an invitation, a reset request), sent by the worker, retried with backoff.
 */
@Entity({ name: 'mail_outbox' })
@Index('mail_outbox_status_next_attempt_idx', ['status', 'nextAttemptAt'])
@Index('mail_outbox_organisation_id_created_at_idx', ['organisationId', 'createdAt'])
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The museum the mail is about, when there is one (null for e.g. password resets). */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  /** What kind of mail, e.g. 'invitation', 'password-reset'. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text', nullable: true })
  htmlBody: string | null;

  @Column({ type: 'enum', enum: MAIL_STATUSES, enumName: 'mail_status', default: 'PENDING' })
  status: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
