// Light entry: no charting library here. The charts arrive through preloadClaimsView().
export { ClaimsView } from './ClaimsView.tsx';
export { preloadClaimsView } from './load-claims-charts.ts';
