// Renders the preact-ssr page's markup at build time: the Preact app's htm view, rendered by react-dom/server.
import htm from 'htm';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { expectedOf, initialState } from '../shared/model.js';
import { view } from './view.js';

export const render = () => renderToString(view(htm.bind(createElement), initialState())).replaceAll('<!-- -->', '');

/** What the page must show before hydration (the probe's check reads it from the page). */
export const expected = () => expectedOf(initialState());
