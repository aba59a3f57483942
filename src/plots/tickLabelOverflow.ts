// Plotly hides a tick label that would reach past the chart's box ('hide past div'), but checks it
// by measuring every label of the axis again after placing each one: n² bounding boxes, 10–25 ms
// of a redraw. The charts ask plotly for 'allow' and hide those labels here instead, with one
// measurement of each label after plotly has drawn.

/**
 * Hides the x-axis tick labels of a drawn plotly chart that reach past the left or right edge of
 * its graph div, and shows the others, as plotly's `ticklabeloverflow: 'hide past div'` does.
 */
export function hideTickLabelsPastBox(graphDiv: HTMLElement): void {
  const labels = [...graphDiv.querySelectorAll<SVGTextElement>('.xaxislayer-above .xtick text')];
  if (labels.length === 0) return;
  for (const label of labels) label.style.removeProperty('display');
  const box = graphDiv.getBoundingClientRect();
  const past = labels.filter((label) => {
    const bounds = label.getBoundingClientRect();
    return bounds.right > box.left + graphDiv.clientWidth || bounds.left < box.left;
  });
  for (const label of past) label.style.display = 'none';
}
