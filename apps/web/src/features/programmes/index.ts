// Public surface of the programmes feature, used by routes.
export { EditProgrammePage, NewProgrammePage } from './components/ProgrammeEditorPage';
export { ProgrammeDetailPage } from './components/ProgrammeDetailPage';
export { ProgrammesPage } from './components/ProgrammesPage';
export { useProgrammeTitle } from './hooks/useProgramme';
