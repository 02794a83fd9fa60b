// Results: entering, approving and locking each period's indicator figures.
export { ResultsPage } from './components/ResultsPage';
