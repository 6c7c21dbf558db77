// Client entry for react-client (createRoot) and react-ssr (hydrateRoot over the server's HTML).
import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { exposeApp, initialState, reportError } from '../shared/model.js';
import { App } from './app.js';

const container = document.getElementById('root');
let setState = () => undefined;
const bind = (setter) => void (setState = setter);
const onRecoverableError = (error) => reportError('React onRecoverableError', error);
const onCommit = () => window.c2zProbe.markStarted();
const element = (state) => h(App, { initial: state, bind, onCommit });

let root = document.documentElement.dataset.ssr
  ? hydrateRoot(container, element(initialState()), { onRecoverableError })
  : createRoot(container, { onRecoverableError });
if (!document.documentElement.dataset.ssr) root.render(element(initialState()));

exposeApp({
  root: () => container,
  commit: (next) => flushSync(() => setState(next)),
  remount: (state) => {
    root.unmount();
    root = createRoot(container, { onRecoverableError });
    flushSync(() => root.render(element(state)));
  },
});
