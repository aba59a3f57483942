// Stands in for @stdlib/function-ctor (aliased in vite.config.ts), which exports the global
// `Function` constructor. stdlib uses it only to compile polynomials from source text
// (`evalpoly.factory`), which nothing on this page calls and which the page's
// Content-Security-Policy (no 'unsafe-eval') would refuse anyway; without this stand-in the
// bundle would carry a reference to `Function` that the policy exists to rule out.
module.exports = function FunctionConstructorUnavailable() {
  throw new Error('Compiling code from text is disabled on this page (Content-Security-Policy without unsafe-eval).');
};
