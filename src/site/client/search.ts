// The search page: MiniSearch indexes the documents of assets/search-data.js in the browser and
// lists what matches the query, which is kept in the address (?q=) like a form submission.
import MiniSearch from "minisearch";
import { searchGlobal, searchOptions } from "../shared.js";

interface Document {
  id: string;
  type: string;
  title: string;
  text: string;
  url: string;
}

const documents = (globalThis as unknown as Record<string, Document[] | undefined>)[searchGlobal] ?? [];
const form = document.querySelector<HTMLFormElement>("form.search");
const input = document.querySelector<HTMLInputElement>("#search-query");
const status = document.querySelector<HTMLElement>("#search-status");
const list = document.querySelector<HTMLOListElement>("#search-results");

if (form && input && status && list) {
  const index = new MiniSearch<Document>(searchOptions);
  index.addAll(documents);

  const show = (query: string) => {
    list.replaceChildren();
    if (query.trim() === "") {
      status.textContent = "";
      return;
    }
    const results = index.search(query);
    status.textContent = results.length === 0 ? `Nothing found for “${query}”.` : `${results.length} found for “${query}”${results.length > 50 ? "; the first 50:" : "."}`;
    for (const result of results.slice(0, 50)) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = result.url as string;
      link.textContent = result.title as string;
      const type = document.createElement("span");
      type.className = "kind";
      type.textContent = ` ${result.type as string}`;
      item.append(link, type);
      list.append(item);
    }
  };

  const update = () => {
    const query = input.value;
    history.replaceState(null, "", `${location.pathname}${query ? `?q=${encodeURIComponent(query)}` : ""}`);
    show(query);
  };

  input.value = new URLSearchParams(location.search).get("q") ?? "";
  show(input.value);
  input.addEventListener("input", update);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
}
