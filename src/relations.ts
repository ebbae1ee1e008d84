import { events } from "./data/events.js";
import { participations } from "./data/participations.js";
import { statistics } from "./data/statistics.js";
import { dateForOrdering } from "./schemas/common.js";
import type { Event } from "./schemas/event.js";
import type { Participation } from "./schemas/participation.js";
import type { Statistic } from "./schemas/statistic.js";

/** Who took part in an event, in the order of the participations' ids. */
export function participantsOf(eventId: string): Participation[] {
  return participations.filter((participation) => participation.event === eventId);
}

/** The events a person took part in, oldest first (by the date or the latest possible date). */
export function eventsOf(personId: string): Event[] {
  const ids = new Set(participations.filter((p) => p.person === personId).map((p) => p.event));
  return events
    .filter((event) => ids.has(event.id))
    .sort((a, b) => (dateForOrdering(a.date) < dateForOrdering(b.date) ? -1 : dateForOrdering(a.date) > dateForOrdering(b.date) ? 1 : 0));
}

/**
 * Every reported value of an indicator, as a series in the order reported; optionally only one
 * scope, since a Belt and Road figure and an all-partners figure are different series.
 */
export function seriesOf(indicatorId: string, scope?: Statistic["scope"]): Statistic[] {
  const reported = new Map<string, string>(events.map((event) => [event.id, dateForOrdering(event.date)]));
  return statistics
    .filter((statistic) => statistic.indicator === indicatorId && (scope === undefined || statistic.scope === scope))
    .sort((a, b) => ((reported.get(a.reportedAt) ?? "") < (reported.get(b.reportedAt) ?? "") ? -1 : 1));
}
