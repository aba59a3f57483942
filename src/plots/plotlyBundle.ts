// A partial plotly.js: the core (which includes SVG scatter), about a third of the full bundle.
// Trace types beyond it are registered when a chart first asks for them (traceModules.ts), so
// the contour code loads with the loss landscape. A trace type missing here silently falls
// back to scatter, so add modules deliberately.

import Plotly from 'plotly.js/lib/core';

export default Plotly;
