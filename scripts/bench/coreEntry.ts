// What the benchmarks call in the core; bundled by loadCore.mjs.
export { runGradientDescent } from '../../src/core/gradientDescent/trajectory';
