import { graphql } from '../../../gql';

export const MemberFieldsFragmentDocument = graphql(`
  fragment MemberFields on Member {
    id
    isYou
    joinedAt
    role
    user {
      id
      name
      email
    }
  }
`);

export const InvitationFieldsFragmentDocument = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    role
    status
    createdAt
    expiresAt
    lastSentAt
    invitedBy {
      id
      name
    }
  }
`);

export const MembersQueryDocument = graphql(`
  query Members {
    members {
      ...MemberFields
    }
  }
`);

export const InvitationsQueryDocument = graphql(`
  query Invitations {
    invitations {
      ...InvitationFields
    }
  }
`);

export const ChangeMemberRoleMutationDocument = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      ...MemberFields
    }
  }
`);

export const RemoveMemberMutationDocument = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      id
    }
  }
`);

export const InviteMemberMutationDocument = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      ...InvitationFields
    }
  }
`);

export const ResendInvitationMutationDocument = graphql(`
  mutation ResendInvitation($input: InvitationIdInput!) {
    resendInvitation(input: $input) {
      ...InvitationFields
    }
  }
`);

export const RevokeInvitationMutationDocument = graphql(`
  mutation RevokeInvitation($input: InvitationIdInput!) {
    revokeInvitation(input: $input) {
      ...InvitationFields
    }
  }
`);
