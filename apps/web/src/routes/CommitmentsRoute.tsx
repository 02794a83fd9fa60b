import { useParams } from 'react-router';
import { CommitmentPage, CommitmentsPage } from '../features/commitments';
import { usePageTitle } from '../lib/page-title';

export function CommitmentsRoute() {
  usePageTitle('Commitments');
  return <CommitmentsPage />;
}

export function CommitmentRoute() {
  usePageTitle('Commitment');
  const { commitmentId = '' } = useParams();
  return <CommitmentPage key={commitmentId} commitmentId={commitmentId} />;
}
