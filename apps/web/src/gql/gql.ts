/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    createdAt\n    entityId\n    entityType\n    summary\n    actor {\n      id\n      name\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.AuditEventFieldsFragmentDoc,
    "\n  query AuditActions {\n    auditActions\n  }\n": typeof types.AuditActionsDocument,
    "\n  query AuditEvents($filter: AuditEventFilter!, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    memberships {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    organisation {\n      id\n      name\n    }\n    role\n    permissions\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {\n    switchOrganisation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SwitchOrganisationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      accountExists\n      email\n      expiresAt\n      organisationName\n      role\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query DevMailboxEnabled {\n    devMailboxEnabled\n  }\n": typeof types.DevMailboxEnabledDocument,
    "\n  query DevMailbox($first: Int!) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      links\n      receivedAt\n    }\n  }\n": typeof types.DevMailboxDocument,
    "\n  fragment MemberFields on Member {\n    id\n    isYou\n    joinedAt\n    role\n    user {\n      id\n      name\n      email\n    }\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n    lastSentAt\n    invitedBy {\n      id\n      name\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  fragment SiteFields on Site {\n    id\n    name\n    type\n    postcode\n    createdAt\n  }\n": typeof types.SiteFieldsFragmentDoc,
    "\n  fragment OrganisationSettingsFields on Organisation {\n    id\n    name\n    kind\n    nation\n    financialYearStartMonth\n    academicYearStartMonth\n    smallCellThreshold\n    timeZone\n    updatedAt\n  }\n": typeof types.OrganisationSettingsFieldsFragmentDoc,
    "\n  query OrganisationSettings {\n    organisation {\n      ...OrganisationSettingsFields\n      sites {\n        ...SiteFields\n      }\n    }\n  }\n": typeof types.OrganisationSettingsDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteFields\n    }\n  }\n": typeof types.CreateSiteDocument,
    "\n  mutation UpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      ...SiteFields\n    }\n  }\n": typeof types.UpdateSiteDocument,
    "\n  mutation DeleteSite($input: DeleteSiteInput!) {\n    deleteSite(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteSiteDocument,
    "\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      database {\n        ok\n        latencyMs\n      }\n      redis {\n        ok\n        latencyMs\n      }\n      queue {\n        waiting\n        active\n        failed\n        delayed\n        workers\n      }\n    }\n  }\n": typeof types.SystemStatusDocument,
    "\n  fragment WorkerCheckFields on WorkerCheck {\n    id\n    status\n    note\n    requestedAt\n    startedAt\n    completedAt\n    roundTripMs\n    workerHost\n    databaseVersion\n    error\n  }\n": typeof types.WorkerCheckFieldsFragmentDoc,
    "\n  query WorkerChecks($first: Int!, $after: String) {\n    workerChecks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WorkerCheckFields\n        }\n      }\n    }\n  }\n": typeof types.WorkerChecksDocument,
    "\n  mutation RequestWorkerCheck($input: RequestWorkerCheckInput!) {\n    requestWorkerCheck(input: $input) {\n      ...WorkerCheckFields\n    }\n  }\n": typeof types.RequestWorkerCheckDocument,
};
const documents: Documents = {
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    createdAt\n    entityId\n    entityType\n    summary\n    actor {\n      id\n      name\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.AuditEventFieldsFragmentDoc,
    "\n  query AuditActions {\n    auditActions\n  }\n": types.AuditActionsDocument,
    "\n  query AuditEvents($filter: AuditEventFilter!, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    memberships {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    organisation {\n      id\n      name\n    }\n    role\n    permissions\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {\n    switchOrganisation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SwitchOrganisationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      accountExists\n      email\n      expiresAt\n      organisationName\n      role\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query DevMailboxEnabled {\n    devMailboxEnabled\n  }\n": types.DevMailboxEnabledDocument,
    "\n  query DevMailbox($first: Int!) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      links\n      receivedAt\n    }\n  }\n": types.DevMailboxDocument,
    "\n  fragment MemberFields on Member {\n    id\n    isYou\n    joinedAt\n    role\n    user {\n      id\n      name\n      email\n    }\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n    lastSentAt\n    invitedBy {\n      id\n      name\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n": types.MembersDocument,
    "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  fragment SiteFields on Site {\n    id\n    name\n    type\n    postcode\n    createdAt\n  }\n": types.SiteFieldsFragmentDoc,
    "\n  fragment OrganisationSettingsFields on Organisation {\n    id\n    name\n    kind\n    nation\n    financialYearStartMonth\n    academicYearStartMonth\n    smallCellThreshold\n    timeZone\n    updatedAt\n  }\n": types.OrganisationSettingsFieldsFragmentDoc,
    "\n  query OrganisationSettings {\n    organisation {\n      ...OrganisationSettingsFields\n      sites {\n        ...SiteFields\n      }\n    }\n  }\n": types.OrganisationSettingsDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteFields\n    }\n  }\n": types.CreateSiteDocument,
    "\n  mutation UpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      ...SiteFields\n    }\n  }\n": types.UpdateSiteDocument,
    "\n  mutation DeleteSite($input: DeleteSiteInput!) {\n    deleteSite(input: $input) {\n      id\n    }\n  }\n": types.DeleteSiteDocument,
    "\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      database {\n        ok\n        latencyMs\n      }\n      redis {\n        ok\n        latencyMs\n      }\n      queue {\n        waiting\n        active\n        failed\n        delayed\n        workers\n      }\n    }\n  }\n": types.SystemStatusDocument,
    "\n  fragment WorkerCheckFields on WorkerCheck {\n    id\n    status\n    note\n    requestedAt\n    startedAt\n    completedAt\n    roundTripMs\n    workerHost\n    databaseVersion\n    error\n  }\n": types.WorkerCheckFieldsFragmentDoc,
    "\n  query WorkerChecks($first: Int!, $after: String) {\n    workerChecks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WorkerCheckFields\n        }\n      }\n    }\n  }\n": types.WorkerChecksDocument,
    "\n  mutation RequestWorkerCheck($input: RequestWorkerCheckInput!) {\n    requestWorkerCheck(input: $input) {\n      ...WorkerCheckFields\n    }\n  }\n": types.RequestWorkerCheckDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    createdAt\n    entityId\n    entityType\n    summary\n    actor {\n      id\n      name\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    createdAt\n    entityId\n    entityType\n    summary\n    actor {\n      id\n      name\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActions {\n    auditActions\n  }\n"): (typeof documents)["\n  query AuditActions {\n    auditActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter!, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter!, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    memberships {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    organisation {\n      id\n      name\n    }\n    role\n    permissions\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    memberships {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    organisation {\n      id\n      name\n    }\n    role\n    permissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {\n    switchOrganisation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {\n    switchOrganisation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      accountExists\n      email\n      expiresAt\n      organisationName\n      role\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      accountExists\n      email\n      expiresAt\n      organisationName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailboxEnabled {\n    devMailboxEnabled\n  }\n"): (typeof documents)["\n  query DevMailboxEnabled {\n    devMailboxEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailbox($first: Int!) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      links\n      receivedAt\n    }\n  }\n"): (typeof documents)["\n  query DevMailbox($first: Int!) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      links\n      receivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    isYou\n    joinedAt\n    role\n    user {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    isYou\n    joinedAt\n    role\n    user {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n    lastSentAt\n    invitedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n    lastSentAt\n    invitedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteFields on Site {\n    id\n    name\n    type\n    postcode\n    createdAt\n  }\n"): (typeof documents)["\n  fragment SiteFields on Site {\n    id\n    name\n    type\n    postcode\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationSettingsFields on Organisation {\n    id\n    name\n    kind\n    nation\n    financialYearStartMonth\n    academicYearStartMonth\n    smallCellThreshold\n    timeZone\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment OrganisationSettingsFields on Organisation {\n    id\n    name\n    kind\n    nation\n    financialYearStartMonth\n    academicYearStartMonth\n    smallCellThreshold\n    timeZone\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationSettings {\n    organisation {\n      ...OrganisationSettingsFields\n      sites {\n        ...SiteFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationSettings {\n    organisation {\n      ...OrganisationSettingsFields\n      sites {\n        ...SiteFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      ...SiteFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      ...SiteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSite($input: DeleteSiteInput!) {\n    deleteSite(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSite($input: DeleteSiteInput!) {\n    deleteSite(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      database {\n        ok\n        latencyMs\n      }\n      redis {\n        ok\n        latencyMs\n      }\n      queue {\n        waiting\n        active\n        failed\n        delayed\n        workers\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      database {\n        ok\n        latencyMs\n      }\n      redis {\n        ok\n        latencyMs\n      }\n      queue {\n        waiting\n        active\n        failed\n        delayed\n        workers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkerCheckFields on WorkerCheck {\n    id\n    status\n    note\n    requestedAt\n    startedAt\n    completedAt\n    roundTripMs\n    workerHost\n    databaseVersion\n    error\n  }\n"): (typeof documents)["\n  fragment WorkerCheckFields on WorkerCheck {\n    id\n    status\n    note\n    requestedAt\n    startedAt\n    completedAt\n    roundTripMs\n    workerHost\n    databaseVersion\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerChecks($first: Int!, $after: String) {\n    workerChecks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WorkerCheckFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkerChecks($first: Int!, $after: String) {\n    workerChecks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WorkerCheckFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestWorkerCheck($input: RequestWorkerCheckInput!) {\n    requestWorkerCheck(input: $input) {\n      ...WorkerCheckFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestWorkerCheck($input: RequestWorkerCheckInput!) {\n    requestWorkerCheck(input: $input) {\n      ...WorkerCheckFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;