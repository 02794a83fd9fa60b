import { useParams } from 'react-router';
import { ProgrammeDetailPage, useProgrammeTitle } from '../features/programmes';
import { usePageTitle } from '../lib/page-title';

export function ProgrammeRoute() {
  const { programmeId = '' } = useParams();
  usePageTitle(useProgrammeTitle(programmeId, (name) => name ?? 'Programme'));
  // A fresh page for each programme, so nothing (an open dialog) carries over between them.
  return <ProgrammeDetailPage key={programmeId} id={programmeId} />;
}
