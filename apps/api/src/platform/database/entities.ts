import {
  DeprivationLookupEntity,
  DeprivationLookupVersionEntity,
} from '../../modules/deprivation/deprivation-lookup.entity';
import {
  ActivityImportEntity,
  ImportColumnMappingEntity,
} from '../../modules/imports/activity-import.entity';
import {
  IndicatorDataChangeEntity,
  IndicatorEntity,
  IndicatorFrameworkElementEntity,
  IndicatorResultEntity,
  IndicatorTargetEntity,
  PeriodLockEntity,
} from '../../modules/indicators/indicator.entity';
import { PartnerEntity } from '../../modules/partners/partner.entity';
import {
  FollowUpInvitationEntity,
  SurveyAnswerEntity,
  SurveyContactEntity,
  SurveyEntity,
  SurveyResponseEntity,
} from '../../modules/surveys/survey.entity';
import {
  SessionAttendanceEntity,
  SessionEntity,
  SessionFacilitatorEntity,
  SessionFrameworkElementEntity,
  SessionPartnerEntity,
} from '../../modules/sessions/session.entity';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { FrameworkElementEntity } from '../../modules/frameworks/framework-element.entity';
import { FrameworkEntity } from '../../modules/frameworks/framework.entity';
import { PasswordResetEntity } from '../../modules/auth/password-reset.entity';
import { UserSessionEntity } from '../../modules/auth/user-session.entity';
import { InvitationEntity } from '../../modules/members/invitation.entity';
import {
  ProgrammeEntity,
  ProgrammeFrameworkElementEntity,
  ProgrammeSiteEntity,
} from '../../modules/programmes/programme.entity';
import { MembershipEntity } from '../../modules/members/membership.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { SiteEntity } from '../../modules/organisations/site.entity';
import { UserEntity } from '../../modules/users/user.entity';
import {
  EvidenceEntity,
  EvidenceFrameworkElementEntity,
  EvidenceProgrammeEntity,
  EvidenceSessionEntity,
} from '../../modules/evidence/evidence.entity';
import { CommitmentEntity } from '../../modules/commitments/commitment.entity';
import { ActionEntryEntity } from '../../modules/commitments/action-entry.entity';
import { WorkerCheckEntity } from '../../modules/worker-checks/worker-check.entity';
import { DevMailEntity } from '../mail/dev-mail.entity';
import { MailOutboxEntity } from '../mail/mail-outbox.entity';

/** Every entity, listed explicitly (no globs: the same list works from source and from dist). */
export const ENTITIES = [
  OrganisationEntity,
  SiteEntity,
  UserEntity,
  MembershipEntity,
  InvitationEntity,
  UserSessionEntity,
  PasswordResetEntity,
  AuditEventEntity,
  MailOutboxEntity,
  DevMailEntity,
  WorkerCheckEntity,
  FrameworkEntity,
  FrameworkElementEntity,
  ProgrammeEntity,
  ProgrammeSiteEntity,
  ProgrammeFrameworkElementEntity,
  PartnerEntity,
  DeprivationLookupVersionEntity,
  DeprivationLookupEntity,
  ActivityImportEntity,
  ImportColumnMappingEntity,
  SessionEntity,
  SessionAttendanceEntity,
  SessionPartnerEntity,
  SessionFacilitatorEntity,
  SessionFrameworkElementEntity,
  IndicatorEntity,
  IndicatorFrameworkElementEntity,
  IndicatorTargetEntity,
  IndicatorResultEntity,
  PeriodLockEntity,
  IndicatorDataChangeEntity,
  EvidenceEntity,
  EvidenceFrameworkElementEntity,
  EvidenceProgrammeEntity,
  EvidenceSessionEntity,
  CommitmentEntity,
  ActionEntryEntity,
  SurveyEntity,
  SurveyResponseEntity,
  SurveyAnswerEntity,
  SurveyContactEntity,
  FollowUpInvitationEntity,
];

/**
 * Tables that belong to one museum: each has organisation_id, first in its indexes. The
 * cross-tenant probe snapshots exactly these. (users, user_sessions, password_resets and
 * dev_mailbox_messages are platform-level; frameworks and their elements are the museum's
 * own when organisation_id is set, shared sector frameworks when it is null.)
 */
export const TENANT_TABLES = [
  'organisations',
  'sites',
  'memberships',
  'invitations',
  'audit_events',
  'mail_outbox',
  'worker_checks',
  'frameworks',
  'framework_elements',
  'programmes',
  'programme_sites',
  'programme_framework_elements',
  'partners',
  'deprivation_lookup_versions',
  'deprivation_lookups',
  'activity_imports',
  'import_column_mappings',
  'sessions',
  'session_attendance',
  'session_partners',
  'session_facilitators',
  'session_framework_elements',
  'indicators',
  'indicator_framework_elements',
  'indicator_targets',
  'indicator_results',
  'period_locks',
  'indicator_data_changes',
  'evidence_items',
  'evidence_framework_elements',
  'evidence_programmes',
  'evidence_sessions',
  'commitments',
  'action_log_entries',
  'surveys',
  'survey_responses',
  'survey_answers',
  'survey_contacts',
  'follow_up_invitations',
];
