// Commitments under framework elements, their action timelines, say/do gaps and verify.
export { CommitmentPage } from './components/CommitmentPage';
export { CommitmentsPage } from './components/CommitmentsPage';
