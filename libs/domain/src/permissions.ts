/**
 * Roles and what each may do: the one permission matrix. The API enforces it (every
 * operation declares the permission it needs); the web app uses it to hide what a role
 * cannot do. Later features add their permissions here.
 */
export const ROLES = ['ADMIN', 'HEAD_OF_LEARNING', 'LEARNING_OFFICER', 'TRUSTEE'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  HEAD_OF_LEARNING: 'Head of learning',
  LEARNING_OFFICER: 'Learning officer',
  TRUSTEE: 'Trustee',
};

export const PERMISSIONS = [
  // organisation and people
  'organisation.read',
  'organisation.manage',
  'sites.manage',
  'members.read',
  'members.manage',
  'audit.read',
  'system.manage',
  // data protection: personal data (contacts, named people) and unpublished drafts
  'personal_data.read',
  'drafts.read',
  // frameworks: the museum's own strategic aims beside the sector frameworks
  'frameworks.manage',
  // the learning team's daily work (programmes, sessions, partners, imports)
  'programmes.read',
  'programmes.write',
  'sessions.write',
  'lookups.manage',
  // impact
  'indicators.manage',
  'results.write',
  'results.approve',
  'periods.lock',
  'surveys.manage',
  'evidence.write',
  'commitments.manage',
  // dashboards and reports
  'dashboards.read',
  'reports.read',
  'reports.compile',
  'reports.sign_off',
  'schedules.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const LEARNING_TEAM: Permission[] = [
  'organisation.read',
  'members.read',
  'personal_data.read',
  'drafts.read',
  'programmes.read',
  'programmes.write',
  'sessions.write',
  'results.write',
  'surveys.manage',
  'evidence.write',
  'dashboards.read',
  'reports.read',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  HEAD_OF_LEARNING: [
    ...LEARNING_TEAM,
    'indicators.manage',
    'frameworks.manage',
    'results.approve',
    'periods.lock',
    'commitments.manage',
    'reports.compile',
    'reports.sign_off',
  ],
  LEARNING_OFFICER: LEARNING_TEAM,
  // Read-only; never personal data or drafts.
  TRUSTEE: ['organisation.read', 'dashboards.read', 'reports.read'],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsFor(role: Role): Permission[] {
  return [...ROLE_PERMISSIONS[role]];
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
