// The timeline's filters: show the events that match every chosen value, and keep the choice in the
// page's address (?year=2022&country=ES) so that a view can be shared and reloaded.
import { timelineFilters } from "../shared.js";

const form = document.querySelector<HTMLFormElement>("#filters");
const status = document.querySelector<HTMLElement>("#filter-status");
if (form && status) {
  const selects = timelineFilters.flatMap((filter) => {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${filter}"]`);
    return select ? [{ filter, select }] : [];
  });
  const events = [...document.querySelectorAll<HTMLElement>("li.event")];
  const sections = [...document.querySelectorAll<HTMLElement>("section.year")];

  const apply = () => {
    const chosen = selects.filter(({ select }) => select.value !== "");
    let shown = 0;
    for (const event of events) {
      const match = chosen.every(({ filter, select }) => (event.dataset[filter] ?? "").split(" ").includes(select.value));
      event.hidden = !match;
      if (match) shown += 1;
    }
    for (const section of sections) section.hidden = !section.querySelector("li.event:not([hidden])");
    status.textContent = chosen.length === 0 ? `${events.length} events.` : `${shown} of ${events.length} events match.`;
  };

  const fromAddress = () => {
    const params = new URLSearchParams(location.search);
    for (const { filter, select } of selects) {
      const value = params.get(filter) ?? "";
      select.value = [...select.options].some((option) => option.value === value) ? value : "";
    }
  };

  const toAddress = () => {
    const params = new URLSearchParams();
    for (const { filter, select } of selects) if (select.value !== "") params.set(filter, select.value);
    const query = params.toString();
    history.replaceState(null, "", `${location.pathname}${query ? `?${query}` : ""}`);
  };

  form.hidden = false;
  form.addEventListener("change", () => {
    toAddress();
    apply();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  // "Show all" clears the selects here rather than after the reset event, so the list updates at once.
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    for (const { select } of selects) select.value = "";
    toAddress();
    apply();
  });
  fromAddress();
  apply();
}
