import { html } from "../html.js";
import { linker, type Page } from "../layout.js";

/** The page of a retired id: it sends the reader on to the record that replaced it, so old links keep working. */
export function redirectPage(path: string, target: string): Page {
  const href = linker(path)(target);
  return {
    path,
    title: "This record has moved",
    head: html`<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${href}">
`,
    body: html`<p>The record was renamed or merged: <a href="${href}">go to the record that replaces it</a>.</p>`,
  };
}
