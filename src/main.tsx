import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { bootLesson } from './components/persist/bootLesson';
import { preloadLazyParts } from './components/LazyPanel';
import { chooseLanguage, setLanguage } from './i18n';
import { pageLanguageSources } from './i18n/language';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // Reading a link is asynchronous (decompression): a few milliseconds before the first paint.
  // Whatever goes wrong restoring a lesson, the page opens (on the default lesson), never blank.
  // The language comes first: a notice about the saved lesson is worded in it. A catalog that
  // cannot load leaves the page in English.
  void setLanguage(chooseLanguage(pageLanguageSources()))
    .catch(() => undefined)
    .then(bootLesson)
    .catch(() => ({ store: undefined, sync: undefined }))
    .then(({ store, sync }) => {
      createRoot(root).render(
        <StrictMode>
          <App {...(store ? { store } : {})} {...(sync ? { sync } : {})} />
        </StrictMode>,
      );
      preloadLazyParts();
    });
}
