// What the benchmarks call in the core; bundled by loadCore.mjs.
export { runGradientDescent } from '../../src/core/gradientDescent/trajectory';
export { logSpacedRates } from '../../src/core/learningRateSweep/logSpacedRates';
export { prepareLossForecast } from '../../src/core/learningRateSweep/lossForecast';
export { lossesAfter } from '../../src/core/learningRateSweep/sweepLearningRates';
export { applyScaler, fitMinMaxScaler } from '../../src/core/scaling';
