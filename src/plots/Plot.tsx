import type { Data } from 'plotly.js';
import { type ComponentProps, use } from 'react';
import createPlotlyComponent from 'react-plotly.js/factory';
import Plotly from './plotlyBundle';
import { missingTraceTypes, registerTraceTypes } from './traceModules';

/** react-plotly.js bound to our partial plotly bundle. Pass memoised data, layout and config. */
export const Plot = createPlotlyComponent(Plotly);

/**
 * {@link Plot}, after the trace modules its data needs (contour, scattergl) are loaded:
 * suspends until then (the first time only), so a chart never draws a trace type plotly lacks.
 */
export function PlotWithModules(props: ComponentProps<typeof Plot>) {
  const missing = missingTraceTypes(props.data as Data[]);
  if (missing.length > 0) use(registerTraceTypes(missing, Plotly.register));
  return <Plot {...props} />;
}
