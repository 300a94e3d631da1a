import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { bootLesson } from './components/persist/bootLesson';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // Reading a link is asynchronous (decompression): a few milliseconds before the first paint.
  void bootLesson().then(({ store, sync }) =>
    createRoot(root).render(
      <StrictMode>
        <App store={store} sync={sync} />
      </StrictMode>,
    ),
  );
}
