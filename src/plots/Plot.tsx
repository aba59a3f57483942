import createPlotlyComponent from 'react-plotly.js/factory';
import Plotly from './plotlyBundle';

/** react-plotly.js bound to our partial plotly bundle. Pass memoised data, layout and config. */
export const Plot = createPlotlyComponent(Plotly);
