import { CoveragePage } from '../features/manifesto-coverage';
import { usePageTitle } from '../lib/page-title';

export function CoverageRoute() {
  usePageTitle('Manifesto coverage');
  return <CoveragePage />;
}
