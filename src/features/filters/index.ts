export { FilterBar } from './FilterBar.tsx';
export { ViewFilters } from './ViewFilters.tsx';
