// Note: React and Ink's reconciler pick their development or production build
// from NODE_ENV when they are first imported; the development build checks
// much more and is several times slower. The app is run as a product, so
// unless NODE_ENV says otherwise, it runs the production build. This module
// must be evaluated before `ink` and `react` are: index.ts imports it first,
// and the build keeps it a separate file so that the import stays first.
process.env.NODE_ENV ||= 'production';

export {};
