import { graphql } from '../../../gql';

/** Who is signed in, where, and what their role there allows. */
export const ViewerFieldsFragmentDocument = graphql(`
  fragment ViewerFields on Viewer {
    user {
      id
      name
      email
    }
    memberships {
      role
      organisation {
        id
        name
      }
    }
    organisation {
      id
      name
    }
    role
    permissions
  }
`);

export const MeQueryDocument = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const SignInMutationDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...ViewerFields
    }
  }
`);

export const SignUpMutationDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...ViewerFields
    }
  }
`);

export const SignOutMutationDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SignOutEverywhereMutationDocument = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const SwitchOrganisationMutationDocument = graphql(`
  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {
    switchOrganisation(input: $input) {
      ...ViewerFields
    }
  }
`);

export const RequestPasswordResetMutationDocument = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ResetPasswordMutationDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const InvitationPreviewQueryDocument = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      accountExists
      email
      expiresAt
      organisationName
      role
    }
  }
`);

export const AcceptInvitationMutationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...ViewerFields
    }
  }
`);
