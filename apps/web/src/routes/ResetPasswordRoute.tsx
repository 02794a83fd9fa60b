import { PageHeader } from '@lantern/ui';
import { useSearchParams } from 'react-router';
import { ResetPasswordForm } from '../features/auth';
import { usePageTitle } from '../lib/page-title';

export function ResetPasswordRoute() {
  usePageTitle('Choose a new password');
  const [searchParams] = useSearchParams();
  return (
    <>
      <PageHeader title="Choose a new password" />
      <ResetPasswordForm token={searchParams.get('token')} />
    </>
  );
}
