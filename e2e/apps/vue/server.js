// Renders the vue-ssr page's markup at build time (vue/server-renderer in Node).
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { expectedOf, initialState } from '../shared/model.js';
import { component } from './app.js';

export const render = () => renderToString(createSSRApp(component(initialState()).options));

/** What the page must show before hydration (the probe's check reads it from the page). */
export const expected = () => expectedOf(initialState());
