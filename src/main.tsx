import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { bootLesson } from './components/persist/bootLesson';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // Reading a link is asynchronous (decompression): a few milliseconds before the first paint.
  // Whatever goes wrong restoring a lesson, the page opens (on the default lesson), never blank.
  void bootLesson()
    .catch(() => ({ store: undefined, sync: undefined }))
    .then(({ store, sync }) =>
      createRoot(root).render(
        <StrictMode>
          <App {...(store ? { store } : {})} {...(sync ? { sync } : {})} />
        </StrictMode>,
      ),
    );
}
