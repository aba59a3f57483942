/**
 * Makes text from a data file safe to hand to plotly, which reads a few HTML-like tags (<b>,
 * <br>, <a>) in titles, legends and hover labels. Escaping &, < and > makes plotly show the text
 * exactly as written, so a header such as `<img src=x onerror=…>` is displayed, never run.
 */
export function plotText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
