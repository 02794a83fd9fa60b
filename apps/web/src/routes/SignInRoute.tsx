import { PageHeader } from '@lantern/ui';
import { useSearchParams } from 'react-router';
import { SignInForm } from '../features/auth';
import { usePageTitle } from '../lib/page-title';

export function SignInRoute() {
  usePageTitle('Sign in');
  const [searchParams] = useSearchParams();
  return (
    <>
      <PageHeader title="Sign in" description="Sign in to your museum's Lantern." />
      <SignInForm next={searchParams.get('next')} />
    </>
  );
}
