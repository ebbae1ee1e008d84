import { eventList, facts, otherNames, sourcesSection } from "../components.js";
import { knownDate, words } from "../format.js";
import { html } from "../html.js";
import { linker, type Page } from "../layout.js";
import { routes, type SiteModel } from "../model.js";
import type { RecordOf } from "../../lib/collections.js";

/** A programme or initiative and the events that named it. */
export function programPage(model: SiteModel, program: RecordOf<"programs">): Page {
  const path = routes.record("programs", program.id);
  const to = linker(path);
  const body = html`<p class="summary">${program.description}</p>
${facts([
  ["Kind", words(program.kind)],
  ["Also written", otherNames(program.otherNames)],
  ["Launched", program.launched && knownDate(program.launched)],
  ["Launched at", program.launchedAt],
])}
<section aria-labelledby="events"><h2 id="events">Events that named it</h2>${eventList(model, model.eventsWithProgram.get(program.id) ?? [], to)}</section>
${sourcesSection(model, program.citations, to)}`;
  return { path, title: program.name, body };
}
