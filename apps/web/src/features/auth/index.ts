// Public surface of the auth feature: the viewer, route guards, session actions and forms.
export { AcceptInvitationPanel } from './components/AcceptInvitationPanel';
export { ForgotPasswordForm } from './components/ForgotPasswordForm';
export { OrganisationSwitcher } from './components/OrganisationSwitcher';
export {
  PERMISSION_DENIED_TITLE,
  PermissionDeniedPage,
  PermissionDeniedPanel,
} from './components/PermissionDenied';
export { QueryErrorState } from './components/QueryErrorState';
export { RequireAuth } from './components/RequireAuth';
export { RequirePermission } from './components/RequirePermission';
export { ResetPasswordForm } from './components/ResetPasswordForm';
export { SignInForm } from './components/SignInForm';
export { SignUpForm } from './components/SignUpForm';
export { UserMenu } from './components/UserMenu';
export { MeQueryDocument } from './graphql/auth.operations';
export { useSignOut } from './hooks/useSignOut';
export { useSwitchOrganisation } from './hooks/useSwitchOrganisation';
export { homePathFor, useViewer, type Viewer } from './hooks/useViewer';
export { isPublicPath, safeNextPath, signInPath } from './next-path';
