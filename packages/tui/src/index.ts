// The public API of @plankb/tui, listed explicitly so that a change to it is deliberate.

export type { RunOptions } from './cli.js';
export { runApp } from './cli.js';
export type { Props as AppProps } from './app.js';
export { App } from './app.js';
export type { Lang, ScreenId } from './_utils/messages.js';
export { SCREENS } from './_utils/messages.js';
