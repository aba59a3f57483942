// plotly.js ships its modules as untyped CommonJS; these declarations cover the pieces of the
// partial bundle we assemble in src/plots/plotlyBundle.ts.
declare module 'plotly.js/lib/core' {
  import type * as PlotlyTypes from 'plotly.js';

  const Plotly: typeof PlotlyTypes & { register: (modules: unknown[]) => void };
  export default Plotly;
}
declare module 'plotly.js/lib/contour' {
  const contour: unknown;
  export default contour;
}

declare module 'plotly.js/lib/heatmap' {
  const heatmap: unknown;
  export default heatmap;
}
