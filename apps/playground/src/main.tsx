import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { initialLang, loadLang } from './i18n/index.ts';
import './styles.css';

const root = document.getElementById('root');
const render = () => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};
// A page that opens in Korean first loads its diagnostic messages (English never needs them).
loadLang(initialLang()).then(render, render);
