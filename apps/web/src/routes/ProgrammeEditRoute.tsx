import { useParams } from 'react-router';
import { EditProgrammePage, NewProgrammePage, useProgrammeTitle } from '../features/programmes';
import { usePageTitle } from '../lib/page-title';

export function NewProgrammeRoute() {
  usePageTitle('New programme');
  return <NewProgrammePage />;
}

export function ProgrammeEditRoute() {
  const { programmeId = '' } = useParams();
  usePageTitle(
    useProgrammeTitle(programmeId, (name) => (name ? `Edit ${name}` : 'Edit programme')),
  );
  return <EditProgrammePage key={programmeId} id={programmeId} />;
}
