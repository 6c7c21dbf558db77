// Renders the react-ssr page's markup at build time (react-dom/server in Node).
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { expectedOf, initialState } from '../shared/model.js';
import { App } from './app.js';

export const render = () => renderToString(h(App, { initial: initialState() }));

/** What the page must show before hydration (the probe's check reads it from the page). */
export const expected = () => expectedOf(initialState());
