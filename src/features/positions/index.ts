export { PositionsView } from './PositionsView.tsx';
