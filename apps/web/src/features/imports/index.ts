// Public surface of the imports feature, used by routes.
export { ImportsPage } from './components/ImportsPage';
export { ImportWizardPage } from './components/ImportWizardPage';
