// What the benchmarks call in the core; bundled by loadCore.mjs.
export { closedFormRun } from '../../src/core/gradientDescent/closedFormRun';
export { createEpochBufferPool } from '../../src/core/gradientDescent/epochBuffers';
export { sufficientStatistics } from '../../src/core/gradientDescent/sufficientStatistics';
export { runGradientDescent } from '../../src/core/gradientDescent/trajectory';
export { logSpacedRates } from '../../src/core/learningRateSweep/logSpacedRates';
export { prepareLossForecast } from '../../src/core/learningRateSweep/lossForecast';
export { lossesAfter } from '../../src/core/learningRateSweep/sweepLearningRates';
export { fitKeepingTriangle, fitLinearLeastSquares } from '../../src/core/leastSquares/fitLinearLeastSquares';
export { gramStatisticsFromTriangle } from '../../src/core/leastSquares/triangleStatistics';
export { gramStatistics } from '../../src/core/linearModel/gramStatistics';
export { runLinearOptimiser } from '../../src/core/linearModel/runLinearOptimiser';
export { runOptimiser } from '../../src/core/optimisers/runOptimiser';
export { applyScaler, fitMinMaxScaler } from '../../src/core/scaling';
