/** Results reported for scaled Advertising TV → Sales by other tools (from the project's reference notes). */
export const PUBLISHED_RESULTS = [
  { method: 'Closed-form OLS (numpy)', intercept: '0.21519170068625232', slope: '0.5534088415765329' },
  { method: 'statsmodels OLS', intercept: '0.21519170068625226', slope: '0.5534088415765327' },
  { method: 'scikit-learn LinearRegression', intercept: '0.21519170068625243', slope: '0.5534088415765327' },
  {
    method: 'Batch gradient descent, rate 0.1, 1000 epochs',
    intercept: '0.21519198226718594',
    slope: '0.5534083104180343',
  },
  { method: 'scikit-learn SGDRegressor, 1000 epochs (shuffled)', intercept: '≈ 0.2155', slope: '≈ 0.5527' },
  {
    method: 'PyTorch SGD, rate 0.1, 1000 epochs, float32',
    intercept: '0.21519266068935394',
    slope: '0.5534069538116455',
  },
] as const;
