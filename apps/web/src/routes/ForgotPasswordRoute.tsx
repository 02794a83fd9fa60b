import { PageHeader } from '@lantern/ui';
import { ForgotPasswordForm } from '../features/auth';
import { usePageTitle } from '../lib/page-title';

export function ForgotPasswordRoute() {
  usePageTitle('Reset your password');
  return (
    <>
      <PageHeader
        title="Reset your password"
        description="Enter your email address and we will send you a link to choose a new password."
      />
      <ForgotPasswordForm />
    </>
  );
}
