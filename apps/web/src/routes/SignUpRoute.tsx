import { PageHeader } from '@lantern/ui';
import { SignUpForm } from '../features/auth';
import { usePageTitle } from '../lib/page-title';

export function SignUpRoute() {
  usePageTitle('Create an account');
  return (
    <>
      <PageHeader
        title="Create an account"
        description="Set up Lantern for your organisation. You will be its first admin and can invite colleagues afterwards."
      />
      <SignUpForm />
    </>
  );
}
