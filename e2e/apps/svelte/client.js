// Client entry for svelte-client (mount) and svelte-ssr (hydrate over svelte/server's HTML).
import { flushSync, hydrate, mount, unmount } from 'svelte';
import { exposeApp, initialState } from '../shared/model.js';
import App from './App.svelte';

const container = document.getElementById('root');
const onmount = () => window.c2zProbe.markStarted();
let instance = (document.documentElement.dataset.ssr ? hydrate : mount)(App, { target: container, props: { initial: initialState(), onmount } });
flushSync();

exposeApp({
  root: () => container,
  commit: (next) => instance.apply(next),
  remount: (state) => {
    unmount(instance);
    instance = mount(App, { target: container, props: { initial: state, onmount } });
    flushSync();
  },
});
