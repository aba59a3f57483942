// A partial plotly.js: the core (which includes scatter) plus contour, about a third of the full
// bundle. A trace type missing here silently falls back to scatter, so add modules deliberately.

import contour from 'plotly.js/lib/contour';
import Plotly from 'plotly.js/lib/core';

Plotly.register([contour]);

export default Plotly;
