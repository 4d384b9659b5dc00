export { FilterBar } from './FilterBar.tsx';
export { preloadViewFilters, ViewFilters } from './ViewFilters.tsx';
