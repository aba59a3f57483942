// Stands in for @stdlib/utils-global (aliased in vite.config.ts). The original can find the
// global object with `new Function('return this;')`, which the page's Content-Security-Policy
// (no 'unsafe-eval') forbids; every browser this page supports has `globalThis`.
module.exports = function getGlobal() {
  return globalThis;
};
