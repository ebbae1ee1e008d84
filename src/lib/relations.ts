// The relation helpers, alone in "/relations" too: each reads only the records it needs.
import { dateForOrdering } from "./dates.js";
import type { EventId, IndicatorId, PersonId } from "./generated/ids.js";
import { events } from "./generated/records/events.js";
import { participations } from "./generated/records/participations.js";
import { sources } from "./generated/records/sources.js";
import { statistics } from "./generated/records/statistics.js";
import type { Event, Participation, Statistic } from "./generated/types.js";
import { referenceDate, reportedDate } from "./statistic-dates.js";

/** Who took part in an event, in the order of the participations' ids. */
export function participantsOf(eventId: EventId): Participation[] {
  return participations.filter((participation) => participation.event === eventId);
}

/** The events a person took part in, oldest first (by the date or the latest possible date). */
export function eventsOf(personId: PersonId): Event[] {
  const ids = new Set(participations.filter((p) => p.person === personId).map((p) => p.event));
  return events.filter((event) => ids.has(event.id)).sort((a, b) => compare(dateForOrdering(a.date), dateForOrdering(b.date)));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const eventDate = (id: string) => events.find((e) => e.id === id)?.date;
const publishedDate = (id: string) => sources.find((s) => s.id === id)?.published;

/** The date a statistic stands at: its as-of date or period, else when it was reported. */
export function statisticDate(statistic: Statistic): string | undefined {
  const at = referenceDate(statistic, reportedDate(statistic, eventDate, publishedDate));
  return at && dateForOrdering(at.date);
}

/** When a statistic was reported: the date of its event, else the publication date of its first source. */
export function reportedOn(statistic: Statistic): string | undefined {
  const reported = reportedDate(statistic, eventDate, publishedDate);
  return reported && dateForOrdering(reported);
}

export interface SeriesOptions {
  /** Which partners; needed when the indicator has values for more than one scope. */
  scope?: Statistic["scope"];
  /** Achieved values (the default) or targets: the two are never one series. */
  kind?: Statistic["kind"];
}

/**
 * Every reported value of an indicator as one series, oldest first by the date each value stands
 * at. A series never mixes scopes, kinds (achieved, target) or currencies: when the indicator's
 * values span more than one and the options do not choose, this throws, naming the choices.
 */
export function seriesOf(indicatorId: IndicatorId, options: SeriesOptions = {}): Statistic[] {
  const kind = options.kind ?? "achieved";
  const values = statistics.filter((s) => s.indicator === indicatorId && s.kind === kind && (options.scope === undefined || s.scope === options.scope));
  const scopes = new Set(values.map((s) => s.scope));
  if (scopes.size > 1) throw new Error(`seriesOf("${indicatorId}"): values for several scopes (${[...scopes].join(", ")}); pass { scope }`);
  const currencies = new Set(values.map((s) => s.currency ?? ""));
  if (currencies.size > 1) throw new Error(`seriesOf("${indicatorId}"): values in several currencies; they are not one series`);
  return values
    .map((statistic) => ({ statistic, date: statisticDate(statistic) ?? "" }))
    .sort((a, b) => compare(a.date, b.date) || compare(a.statistic.id, b.statistic.id))
    .map(({ statistic }) => statistic);
}

export { dateForOrdering, type KnownDate } from "./dates.js";
