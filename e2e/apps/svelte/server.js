// Renders the svelte-ssr page's markup at build time (svelte/server in Node, the component compiled for the server).
import { render as renderSvelte } from 'svelte/server';
import { expectedOf, initialState } from '../shared/model.js';
import App from './App.svelte';

export const render = () => renderSvelte(App, { props: { initial: initialState() } }).body;

/** What the page must show before hydration (the probe's check reads it from the page). */
export const expected = () => expectedOf(initialState());
