import { useParams } from 'react-router';
import { ImportWizardPage } from '../features/imports';
import { usePageTitle } from '../lib/page-title';

export function ImportRoute() {
  usePageTitle('Import activity');
  const { importId = '' } = useParams();
  // A fresh wizard for each import (its local state belongs to that file).
  return <ImportWizardPage key={importId} importId={importId} />;
}
