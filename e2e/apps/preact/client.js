// Client entry for preact-client (render) and preact-ssr (hydrate over server-rendered HTML). Preact + htm, hooks.
import { h, hydrate, render } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import htm from 'htm';
import { exposeApp, initialState } from '../shared/model.js';
import { view } from './view.js';

const html = htm.bind(h);
const container = document.getElementById('root');
let setState = () => undefined;
let committed = () => undefined;

function App({ initial }) {
  const [s, setS] = useState(initial);
  setState = setS;
  useLayoutEffect(() => {
    window.c2zProbe.markStarted();
    committed();
  });
  return view(html, s);
}

if (document.documentElement.dataset.ssr) hydrate(h(App, { initial: initialState() }), container);
else render(h(App, { initial: initialState() }), container);

exposeApp({
  root: () => container,
  // Preact commits state updates on its own schedule; the layout effect says when this one is in the DOM.
  commit: (next) => new Promise((resolve) => {
    committed = resolve;
    setState(next);
  }),
  remount: (state) => {
    render(null, container);
    render(h(App, { initial: state }), container);
  },
});
