import { EvidencePage } from '../features/evidence';
import { usePageTitle } from '../lib/page-title';

export function EvidenceRoute() {
  usePageTitle('Evidence');
  return <EvidencePage />;
}
