// Manifesto coverage per principle and period.
export { CoveragePage } from './components/CoveragePage';
