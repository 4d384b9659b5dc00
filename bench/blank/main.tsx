// The floor for browser measurements: React 19 rendering one heading, built with the
// same Vite and React plugin as the dashboard. Marks readiness the way the dashboard's views do.
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function BlankPage() {
  useEffect(() => {
    performance.mark('view-ready:blank');
  }, []);
  return <h1>Blank page</h1>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BlankPage />
  </StrictMode>,
);
