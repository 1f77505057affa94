import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './app/app';
import { setVersionChangeHandler } from './db';

// A newer FrameLens opened in another tab upgrades the database: reload into it, never block it.
setVersionChangeHandler(() => window.location.reload());

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
