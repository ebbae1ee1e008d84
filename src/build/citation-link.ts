/**
 * The address that opens a source at a cited passage: the page's URL with a text fragment
 * (`#:~:text=`) of the citation's locator, so that a browser scrolls to and highlights the words.
 * Without a locator, the page's URL as it is. In a text directive "-", "," and "&" are syntax, so
 * they are percent-encoded along with everything encodeURIComponent encodes.
 */
export function citationLink(url: string, locator?: string): string {
  if (locator === undefined) return url;
  const text = encodeURIComponent(locator).replaceAll("-", "%2D");
  // A fragment directive may follow a fragment the address already has.
  return `${url}${url.includes("#") ? "" : "#"}:~:text=${text}`;
}
