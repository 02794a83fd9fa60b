import { ROLE_LABELS, ROLES, type Role } from '@lantern/domain';

/** What each role is for, in a sentence, beside the role's name wherever a role is chosen. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN: 'Manages people, sites and settings.',
  HEAD_OF_LEARNING: 'Sets goals, approves results and signs off reports.',
  LEARNING_OFFICER: 'Plans and logs sessions.',
  TRUSTEE: 'Reads dashboards and signed-off reports only.',
};

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}
