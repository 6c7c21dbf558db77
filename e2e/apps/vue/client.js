// Client entry for vue-client (createApp) and vue-ssr (createSSRApp over the server's HTML).
import { createApp, createSSRApp, nextTick } from 'vue';
import { exposeApp, initialState, reportError } from '../shared/model.js';
import { component } from './app.js';

const container = document.getElementById('root');
const ssr = Boolean(document.documentElement.dataset.ssr);
let current;

function mount(state, create) {
  current = component(state, () => window.c2zProbe.markStarted());
  const app = create(current.options);
  app.config.errorHandler = (error) => reportError('Vue errorHandler', error);
  app.config.warnHandler = (message) => reportError('Vue warnHandler', message);
  app.mount(container);
  return app;
}

let app = mount(initialState(), ssr ? createSSRApp : createApp);

exposeApp({
  root: () => container,
  commit: (next) => {
    current.state.value = next;
    return nextTick();
  },
  remount: (state) => {
    app.unmount();
    app = mount(state, createApp);
  },
});
